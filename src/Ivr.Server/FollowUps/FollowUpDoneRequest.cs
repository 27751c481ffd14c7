using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.FollowUps;

/// <summary>Closing a task: how it ended (one of <see cref="FollowUpDispositions.All"/>) and an optional note.</summary>
public sealed record FollowUpDoneRequest(
    [property: Required(ErrorMessage = "A disposition is required.")] string Disposition,
    [property: StringLength(FollowUpDoneRequest.MaxNoteLength, ErrorMessage = "The note may be at most 500 characters.")] string? Note)
{
    public const int MaxNoteLength = 500;
}
