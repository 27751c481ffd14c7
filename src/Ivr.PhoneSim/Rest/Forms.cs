using Microsoft.Extensions.Primitives;

namespace Ivr.PhoneSim.Rest;

internal static class Forms
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request) =>
        request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;

    public static string? Text(this IFormCollection form, string key) =>
        form.TryGetValue(key, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

    public static bool? Bool(this IFormCollection form, string key) =>
        form.Text(key) is { } text ? text.Equals("true", StringComparison.OrdinalIgnoreCase) : null;

    public static Uri? AbsoluteUrl(this IFormCollection form, string key) =>
        form.Text(key) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
