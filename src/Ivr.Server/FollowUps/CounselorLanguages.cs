using Ivr.Acd.Engine;

namespace Ivr.Server.FollowUps;

/// <summary>The languages a counselor serves, as the ACD routes them: their tasks are those languages' tasks.</summary>
public sealed class CounselorLanguages(AcdEngine engine)
{
    public async Task<IReadOnlySet<string>> OfAsync(string counselorId) =>
        (await engine.GetCounselorAsync(counselorId))?.Skills.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
}
