using Microsoft.Net.Http.Headers;

namespace Ivr.Server.Accounts;

/// <summary>
/// A state-changing request signed in by the session cookie must carry <see cref="HeaderName"/>, which the pages send
/// on every fetch. Another site cannot add a custom header without a CORS preflight this server never grants, so a
/// forged form or fetch is refused (400) even where a browser still sent the (SameSite=Strict) cookie. Bearer-token
/// requests (scripts) carry no cookie and are not affected.
/// </summary>
public static class CookieRequestGuard
{
    public const string HeaderName = "X-Ivr-Request";

    public static bool Refuses(HttpRequest request, string cookieName) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.Cookies.ContainsKey(cookieName)
        && !request.Headers.ContainsKey(HeaderNames.Authorization)
        && !request.Headers.ContainsKey(HeaderName);
}
