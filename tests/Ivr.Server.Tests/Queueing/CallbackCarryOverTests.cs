using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Hours;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Queueing;

/// <summary>Closing time: a callback still in line is held until the language's next opening, and is first in line then.</summary>
public sealed class CallbackCarryOverTests
{
    [Test]
    public async Task CarryOver_CallbackWaitingAtClosing_IsServedFirstAtTheNextOpening()
    {
        var clock = new FakeTimeProvider(TestHours.Monday(17, 58).ToUniversalTime());
        await using var factory = await IvrServerFactory.StartAsync(
            new Dictionary<string, string?> { ["Callbacks:CarryOverInterval"] = "00:10:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        await engine.UpsertCounselorAsync(StaffingService.ToProfile(new Counselor { Id = "c1", DisplayName = "c1", Skills = [new CounselorSkill { Language = "vi", Level = 5 }] }));
        await queue.JoinAsync(new QueueJoinRequest("CA-evening", "vi", 0, [], clock.GetUtcNow()), CancellationToken.None);
        await queue.RequestCallbackAsync("CA-evening", "+821012345678", null, CancellationToken.None);
        var callbackId = AcdEngine.CallbackIdFor("CA-evening");

        clock.Advance(TimeSpan.FromMinutes(3)); // 18:01: Vietnamese closed at 18:00
        var carried = await factory.Services.GetRequiredService<CallbackCarryOver>().CarryOverAsync(CancellationToken.None);

        var tuesdayOpening = TestHours.Monday(9).AddDays(1);
        Assert.That(carried.GetValueOrDefault("vi"), Is.EqualTo(1));
        Assert.That(await engine.GetCallbackAsync(callbackId), Has.Property(nameof(CallbackStatus.State)).EqualTo(CallbackState.Scheduled)
            .And.Property(nameof(CallbackStatus.NotBefore)).EqualTo(tuesdayOpening));

        // One jump to the opening (a pass begun before it would still see the language closed), and a caller who came a
        // little before it.
        clock.SetUtcNow(tuesdayOpening.AddSeconds(1));
        await queue.JoinAsync(new QueueJoinRequest("CA-morning", "vi", 0, [], tuesdayOpening.AddSeconds(-30)), CancellationToken.None);
        await engine.SweepAsync();
        var signedIn = await engine.SignInAsync("c1");

        Assert.That(signedIn.Matches.Single(), Has.Property(nameof(Match.CallSid)).EqualTo(callbackId).And.Property(nameof(Match.Kind)).EqualTo(MatchKind.Callback),
            "the evening's callback before the morning's first caller");
    }
}
