using System.Text.Json;

namespace Ivr.Server.Hours;

/// <summary>Converts language rows to and from the immutable <see cref="LanguageLine"/>.</summary>
public static class LanguageMapping
{
    public static LanguageLine ToLine(this LanguageRecord record) =>
        new(record.Code, record.NativeName, record.MenuNumber, record.SayLanguage, record.SayVoice, record.Enabled,
            JsonSerializer.Deserialize<List<OpeningPeriod>>(record.Schedule, JsonSerializerOptions.Web) ?? []);

    public static LanguageRecord ToRecord(this LanguageLine line) => new()
    {
        Code = line.Code,
        NativeName = line.NativeName,
        MenuNumber = line.MenuNumber,
        SayLanguage = line.SayLanguage,
        SayVoice = line.SayVoice,
        Enabled = line.Enabled,
        Schedule = JsonSerializer.Serialize(line.Schedule, JsonSerializerOptions.Web),
    };
}
