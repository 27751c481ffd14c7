using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Events;
using Ivr.Server.Authorization;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Data;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallControl;

/// <summary>
/// Toll fraud (issue 19, item 9): a counselor rings into a call only numbers whose prefix operations staff allow
/// (by default Korean landlines, mobiles and 070, no premium rate, no international), and the number dialled is kept
/// with the call's events even when a label names the institution.
/// </summary>
public sealed class OutsideNumberTests
{
    [TestCase("+82601234567", TestName = "ThreeWay_PremiumRate060_IsRefusedAndNothingIsDialled")]
    [TestCase("+447700900123", TestName = "ThreeWay_InternationalNumber_IsRefusedAndNothingIsDialled")]
    public async Task ThreeWay_NumberOutsideTheDefaultPrefixes_IsRefused(string number)
    {
        await using var scene = await InCallScene.StartAsync();

        var added = await scene.Counselor.PostAsync("/participants", new { number, label = "Police" });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await added.Content.ReadAsStringAsync());
        Assert.That(scene.Center.Twilio.Calls.All.Where(call => call.To == number), Is.Empty, "nothing was dialled");
    }

    [Test]
    public async Task Operations_AllowAPrefix_TheCounselorCanRingItAndTheNumberIsKeptBesideTheLabel()
    {
        await using var scene = await InCallScene.StartAsync();
        var operations = await scene.Center.Server.CreateSignedInClientAsync(Roles.Operations);

        var saved = await operations.PutAsJsonAsync("/api/call-control/outside-numbers", new OutsideNumbersView([.. OutsideNumberPolicy.DefaultPrefixes, "+44"]));
        var added = await scene.Counselor.PostAsync("/participants", new { number = "+447700900123", label = "Embassy" });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        var events = (await scene.Center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .StreamRangeAsync(scene.Center.Engine.Keys.ContactCenter.Events)).Select(CallEventStream.FromEntry);
        var partyAdded = events.Single(e => e.CallSid == scene.Caller.Sid && e.Type == CallEventTypes.PartyAdded);
        Assert.That((partyAdded.Fields["institution"], partyAdded.Fields["number"]), Is.EqualTo(("Embassy", "+447700900123")));
        await using var scope = scene.Center.Server.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(entry => entry.Action == "call-control.outside-numbers");
        Assert.That(audit.Details, Does.Contain("+44"));
    }

    [Test]
    public async Task SetPrefixes_ByACounselorOrMalformed_IsRefused()
    {
        await using var server = await IvrServerFactory.StartAsync();
        var counselor = await server.CreateSignedInClientAsync(Roles.Counselor);
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);

        var byCounselor = await counselor.PutAsJsonAsync("/api/call-control/outside-numbers", new OutsideNumbersView(["+"]));
        var malformed = await operations.PutAsJsonAsync("/api/call-control/outside-numbers", new OutsideNumbersView(["+060", "82"]));
        var current = await operations.GetFromJsonAsync<OutsideNumbersView>("/api/call-control/outside-numbers");

        Assert.That(byCounselor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(current!.AllowedPrefixes, Is.EqualTo(OutsideNumberPolicy.DefaultPrefixes));
    }
}
