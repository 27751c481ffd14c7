using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ivr.Server.Prompts;

/// <summary>Prompt coverage and its cell-by-cell matrix (operations and supervisors), and recording uploads (operations).</summary>
public static class PromptsApi
{
    public const int MaxRecordingBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPromptsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/ivr/prompts/coverage", async (PromptCatalog catalog, ConfigurationCache cache, CancellationToken cancellationToken) =>
            {
                var snapshot = await cache.GetAsync(cancellationToken);
                return TypedResults.Ok(PromptCoverage.Compute(catalog, snapshot.Hours.Languages, snapshot.Hours.Closure, snapshot.ActiveMenu.DefaultLanguage));
            })
            .WithName("ivr-prompts-coverage").WithTags("IVR prompts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor));
        endpoints.MapGet("/api/ivr/prompts/matrix", async (PromptCatalog catalog, ConfigurationCache cache, CancellationToken cancellationToken) =>
                TypedResults.Ok(PromptMatrix.Compute(catalog, (await cache.GetAsync(cancellationToken)).Hours.Languages)))
            .WithName("ivr-prompts-matrix").WithTags("IVR prompts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor));
        endpoints.MapPut("/api/ivr/prompts/{language}/{key}/recording", UploadAsync)
            .WithName("ivr-prompts-upload").WithTags("IVR prompts")
            .Accepts<Stream>("audio/wav", "audio/mpeg", "audio/ogg")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRecordingBytes))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        return endpoints;
    }

    /// <summary>Stores a WAV, MP3 or Ogg Vorbis recording for a prompt in a language, converted to 8 kHz mono; it replaces synthesis at once.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> UploadAsync(
        string language, string key, HttpRequest request, PromptCatalog catalog, ConfigurationCache cache, AuditLog audit, CancellationToken cancellationToken)
    {
        if ((await cache.GetAsync(cancellationToken)).Hours.Find(language) is not { } line || !catalog.Manifest.IsKnown(key))
        {
            return BadRequest($"Unknown language '{language}' or prompt key '{key}'.");
        }
        // Refused before a byte is buffered; a body without a length is cut off by the size limit metadata.
        if (request.ContentLength > MaxRecordingBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Invalid prompt recording",
                detail: $"Recordings are accepted up to {MaxRecordingBytes} bytes.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > MaxRecordingBytes)
        {
            return BadRequest($"The body must be a WAV, MP3 or Ogg Vorbis file of at most {MaxRecordingBytes} bytes.");
        }
        if (TelephoneWave.Convert(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var problem) is not { } telephone)
        {
            return BadRequest(problem);
        }
        using var stored = new MemoryStream(telephone.Wave);
        // A language's own offer is played from its numbered file (language-offer@12), so that is the one recorded.
        await catalog.Files.SaveRecordingAsync(language, PromptCoverage.FileKey(key, line), stored, cancellationToken);
        var details = telephone.Converted ? $"{buffer.Length} bytes, {telephone.Source}, converted to 8 kHz mono 16-bit" : $"{buffer.Length} bytes";
        await audit.WriteAsync("prompt.record", $"prompt:{language}/{key}", details, cancellationToken: cancellationToken);
        // Rendered documents may hold the old source of this prompt.
        await cache.ChangedAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid prompt recording", detail: detail);
}
