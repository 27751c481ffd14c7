using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.FollowUps;

/// <summary>The request bodies of the follow-up API.</summary>
public static class FollowUpRequests
{
    public const int MaxNoteLength = 500;
}

/// <param name="Disposition">One of <see cref="FollowUpDispositions.All"/>.</param>
public sealed record FollowUpDoneRequest(
    [property: Required(ErrorMessage = "A disposition is required.")] string Disposition,
    [property: StringLength(FollowUpRequests.MaxNoteLength, ErrorMessage = "The note may be at most 500 characters.")] string? Note);
