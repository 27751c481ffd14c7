using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Staffing;

public sealed record CounselorRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string DisplayName,
    [property: Required] Dictionary<string, int> Skills,
    List<string>? Teams,
    [property: Range(0, 1800)] int? WrapUpSeconds,
    string? UserId);

/// <summary>Move one counselor: stop taking <paramref name="From"/>, take <paramref name="To"/> (at From's level unless given).</summary>
public sealed record MoveRequest([property: Required] string From, [property: Required] string To, [property: Range(1, 5)] int? Level);

/// <summary>
/// Every counselor who speaks <paramref name="Speaks"/> at <paramref name="MinimumLevel"/> or better takes
/// <paramref name="To"/> (at their Speaks level unless given); <paramref name="Exclusive"/> makes it their only language
/// for now, so a surge in one language gets them first.
/// </summary>
public sealed record BulkMoveRequest(
    [property: Required] string Speaks,
    [property: Range(1, 5)] int MinimumLevel,
    [property: Required] string To,
    [property: Range(1, 5)] int? Level,
    bool Exclusive);

public sealed record CounselorView(
    string Id,
    string DisplayName,
    string? UserId,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyList<string> Teams,
    int? WrapUpSeconds,
    string State,
    string? BreakReason,
    int NoAnswersInARow);
