using System.Security.Claims;
using Ivr.Acd.Engine;
using Ivr.Server.Staffing;

namespace Ivr.Server.FollowUps;

/// <summary>
/// The counselor a staff account is linked to, and the languages they serve as the ACD routes them: their tasks are
/// those languages' tasks. An account not linked to a counselor gets 404, as in the rest of the counselor API.
/// </summary>
public sealed class SignedInCounselor(CounselorLink links, AcdEngine engine)
{
    public async Task<IResult> RunAsync(ClaimsPrincipal user, Func<string, IReadOnlySet<string>, Task<IResult>> action, CancellationToken cancellationToken) =>
        await links.CounselorIdAsync(user, cancellationToken) is { } counselorId
            ? await action(counselorId, await LanguagesAsync(counselorId))
            : TypedResults.NotFound(CounselorLink.NotLinked);

    private async Task<IReadOnlySet<string>> LanguagesAsync(string counselorId) =>
        (await engine.GetCounselorAsync(counselorId))?.Skills.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
}
