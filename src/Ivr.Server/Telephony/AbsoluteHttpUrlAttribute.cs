using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Telephony;

/// <summary>Accepts null, or an absolute http/https URL.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null ||
        (value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
         (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
