using Ivr.Server.Hours;
using Ivr.Server.Telephony;

namespace Ivr.Server.Lawyers;

/// <summary>A lawyer as operations staff enter them (create or replace).</summary>
public sealed record LawyerRequest(string? Name, IReadOnlyList<string>? Languages, IReadOnlyList<string>? Topics, IReadOnlyList<LawyerSlot>? Slots, string? Phone,
    bool Active = true)
{
    public const int MaxNameLength = 100;
    public const int MaxTopicLength = 64;
    public const int MaxTopics = 20;
    public const int MaxSlots = 50;

    /// <summary>The languages of the center's lines: a lawyer's and a booking's language is one of them.</summary>
    public static IReadOnlySet<string> KnownLanguages { get; } = DefaultLanguages.All.Select(line => line.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The problems, by field; empty when the request is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"The name is required, at most {MaxNameLength} characters."];
        }
        if (Languages is null || Languages.Any(language => !KnownLanguages.Contains(language)))
        {
            errors["languages"] = ["Each language must be one of the center's language codes (ko, en, zh, vi...)."];
        }
        if (Topics is null || Topics.Count is 0 or > MaxTopics || Topics.Any(topic => string.IsNullOrWhiteSpace(topic) || topic.Trim().Length > MaxTopicLength))
        {
            errors["topics"] = [$"Between 1 and {MaxTopics} topics, each at most {MaxTopicLength} characters."];
        }
        if (Slots is null || Slots.Count > MaxSlots || Slots.Any(slot => !Enum.IsDefined(slot.Day) || slot.End <= slot.Start))
        {
            errors["slots"] = [$"At most {MaxSlots} weekly slots, each a day of the week with a start before its end."];
        }
        if (!E164Number.IsValid(Phone))
        {
            errors["phone"] = [$"The phone must be an E.164 number such as {E164Number.Example}."];
        }
        return errors;
    }

    public void ApplyTo(Lawyer lawyer)
    {
        lawyer.Name = Name!.Trim();
        lawyer.Languages = [.. Languages!.Distinct(StringComparer.Ordinal)];
        lawyer.Topics = [.. Topics!.Select(topic => topic.Trim()).Distinct(StringComparer.Ordinal)];
        lawyer.Slots = [.. Slots!.Distinct().OrderBy(slot => slot.Day).ThenBy(slot => slot.Start)];
        lawyer.Phone = Phone!;
        lawyer.Active = Active;
    }
}
