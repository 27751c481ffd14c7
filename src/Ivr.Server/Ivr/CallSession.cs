using System.Text.Json.Serialization;
using Ivr.Server.Menus;

namespace Ivr.Server.Ivr;

/// <summary>
/// A call's state between webhooks, kept in Redis under its CallSid: the menu version it started on, where it
/// is, its chosen language, the path so far, the step number Twilio's next request must carry, and whether it
/// was handed to the queue (and when, the arrival the ACD was given); and the tags the caller added on hold (e.g. a
/// victim of crime), so that a caller the ACD forgot goes back in line at their place and with their tags; while
/// they hear it, the remembered language they are offered before the greeting (<see cref="RememberedLanguageOffer"/>);
/// and what they left the line for (<see cref="LeftFor"/>: a message), which the queue's action then starts; and their
/// answer to the recording announcement (<see cref="Consent"/>: given or refused; null when not asked); on the
/// institution line, the directory's id of the institution calling (<see cref="Institution"/>, the screen pop names it).
/// </summary>
public sealed record CallSession(
    string CallSid,
    int MenuVersion,
    string Node,
    int Retries,
    string? Language,
    IReadOnlyList<string> Path,
    int Step,
    bool Queued,
    // Left out of the JSON while null: an update compares the stored text, which then reads as it did before these fields.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? HoldTags = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? QueuedAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Offered = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LeftFor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Consent = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Institution = null)
{
    public MenuPosition Position => new(Node, Retries, Language);

    public CallSession Advance(MenuPosition position, bool queued) => this with
    {
        Node = position.Node,
        Retries = position.Retries,
        Language = position.Language,
        Path = position.Node == Node ? Path : [.. Path, position.Node],
        Step = Step + 1,
        Queued = queued,
        Offered = null,
    };
}
