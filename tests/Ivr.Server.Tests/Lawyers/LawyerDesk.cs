using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Lawyers;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Request = Twilio.Http.Request;
using Response = Twilio.Http.Response;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>What the lawyer tests share: a lawyer free on Tuesdays 14:00 and 15:00 (Seoul), counselors on real ACD calls, Twilio's call resource.</summary>
public static class LawyerDesk
{
    public static readonly LawyerRequest Kim = new("Kim Min-ji", ["ko", "en"], ["visa", "labour"],
        [new LawyerSlot(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(15, 0)), new LawyerSlot(DayOfWeek.Tuesday, new TimeOnly(15, 0), new TimeOnly(16, 0))],
        "+821055550001");

    /// <summary>Twilio's call: an inbound call from <paramref name="from"/> (what the booking takes the caller's number from).</summary>
    public static Response Call(string callSid, string from) => new(HttpStatusCode.OK,
        $$"""{"sid":"{{callSid}}","account_sid":"{{IvrServerFactory.AccountSid}}","from":"{{from}}","to":"+8215451345","direction":"inbound","status":"in-progress"}""");

    /// <summary>Twilio as the lawyer tests need it: counselors rung (participants), calls fetched (from <paramref name="from"/>), SMS queued.</summary>
    public static Response Answer(Request request, string from)
    {
        var path = request.ConstructUrl().AbsolutePath;
        return path.EndsWith("Participants.json", StringComparison.Ordinal) ? TwilioMock.Participant("CA00000000000000000000000000000001")
            : path.EndsWith("Messages.json", StringComparison.Ordinal) ? new Response(HttpStatusCode.Created,
                $$"""{"sid":"SM{{Guid.NewGuid():N}}","account_sid":"{{IvrServerFactory.AccountSid}}","status":"queued"}""")
            : Call(path[(path.LastIndexOf('/') + 1)..].Replace(".json", "", StringComparison.Ordinal), from);
    }

    public static async Task<Guid> CreateLawyerAsync(this IvrServerFactory server, LawyerRequest request)
    {
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);
        var created = await operations.PostAsJsonAsync("/api/lawyers", request);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<LawyerView>())!.Id;
    }

    /// <summary>The SMS tests' scene: a Chinese caller on a call with counselor c-zh (the SMS job every second) and Kim on the roster.</summary>
    public static async Task<(InCallScene Scene, Guid Lawyer)> SmsSceneAsync()
    {
        var scene = await InCallScene.StartAsync(settings: new Dictionary<string, string?> { ["Lawyers:MessageInterval"] = "00:00:01" });
        return (scene, await scene.Center.Server.CreateLawyerAsync(Kim));
    }

    /// <summary>The scene's counselor books <paramref name="lawyer"/> at <paramref name="at"/> on labour, in Chinese, on the caller's call.</summary>
    public static async Task<BookingView> BookOnTheCallAsync(this InCallScene scene, Guid lawyer, DateTimeOffset at, string? summary = null)
    {
        var booked = await scene.Counselor.Http.PostAsJsonAsync("/api/counselor/lawyer-bookings", new BookingRequest(scene.Caller.Sid, lawyer, at, "zh", "labour", summary));
        Assert.That(booked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await booked.Content.ReadAsStringAsync());
        return (await booked.Content.ReadFromJsonAsync<BookingView>())!;
    }

    /// <summary>The counselor is put on <paramref name="callSid"/> by the ACD (and stays on it).</summary>
    public static async Task OnCallAsync(this IvrServerFactory server, HttpClient counselor, string counselorId, string callSid, string language)
    {
        var engine = server.Services.GetRequiredService<AcdEngine>();
        (await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null))).EnsureSuccessStatusCode();
        await server.Services.GetRequiredService<ICallerQueue>().JoinAsync(new QueueJoinRequest(callSid, language, 0, [], DateTimeOffset.UnixEpoch), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync(counselorId))!.ReservationId!);
    }
}
