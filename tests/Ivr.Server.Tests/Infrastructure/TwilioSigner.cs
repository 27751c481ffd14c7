using System.Security.Cryptography;
using System.Text;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>Signs a request exactly as Twilio does: URL, then each POST parameter name and value in ordinal order, HMAC-SHA1.</summary>
public static class TwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in parameters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static HttpRequestMessage SignedPost(string url, IReadOnlyDictionary<string, string> form, string authToken = IvrServerFactory.AuthToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", Sign(authToken, url, form));
        return request;
    }
}
