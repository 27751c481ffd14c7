using Ivr.Server.Menus;

namespace Ivr.Server.Ivr;

/// <summary>
/// A call's state between webhooks, kept in Redis under its CallSid: the menu version it started on, where it
/// is, its chosen language, the path so far, the step number Twilio's next request must carry, and whether it
/// was handed to the queue.
/// </summary>
public sealed record CallSession(
    string CallSid,
    int MenuVersion,
    string Node,
    int Retries,
    string? Language,
    IReadOnlyList<string> Path,
    int Step,
    bool Queued)
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
    };
}
