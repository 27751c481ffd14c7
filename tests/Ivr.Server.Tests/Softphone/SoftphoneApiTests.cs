using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Softphone;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Softphone;

/// <summary>The softphone's configuration, state and code lists over the API, for counselors and for supervisors watching.</summary>
public sealed class SoftphoneApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient counselor = null!;
    private HttpClient supervisor = null!;

    [SetUp]
    public async Task StartServerWithLinkedCounselor()
    {
        factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["Softphone:Device"] = "simulator",
            ["Softphone:SimulatorUrl"] = "http://127.0.0.1:5080/",
        });
        var (client, userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        counselor = client;
        supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, null, userId)))
            .EnsureSuccessStatusCode();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Config_ForALinkedCounselor_NamesTheDeviceTheCounselorAndTheCodeLists()
    {
        var config = await counselor.GetFromJsonAsync<SoftphoneApi.SoftphoneConfig>("/api/softphone/config");

        Assert.That(config!.Device, Is.EqualTo("simulator"));
        Assert.That(config.SimulatorUrl, Is.EqualTo("http://127.0.0.1:5080/"));
        Assert.That(config.CounselorId, Is.EqualTo("c-ko"));
        Assert.That(config.ReadOnly, Is.False);
        Assert.That(config.Codes.ResidencyStatuses.Select(code => code.Code), Is.SupersetOf(new[] { "F-4", "H-2", "F-6", "E-9", "D-2", "F-5" }));
        Assert.That(config.Codes.Topics.Select(code => code.Code), Does.Contain("EXTENSION"));
        Assert.That(config.Languages, Does.Contain("zh").And.Contain("ko"));
        Assert.That(config.BreakReasons, Does.Contain("lunch"));
    }

    [Test]
    public async Task Config_ForASupervisor_IsReadOnly()
    {
        var config = await supervisor.GetFromJsonAsync<SoftphoneApi.SoftphoneConfig>("/api/softphone/config");

        Assert.That(config!.CounselorId, Is.Null);
        Assert.That(config.ReadOnly, Is.True);
    }

    [Test]
    public async Task State_FollowsPresence_AndSupervisorsReadTheSame()
    {
        var before = await counselor.GetFromJsonAsync<SoftphoneState>("/api/counselor/state");
        (await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null))).EnsureSuccessStatusCode();
        var after = await counselor.GetFromJsonAsync<SoftphoneState>("/api/counselor/state");
        var watched = await supervisor.GetFromJsonAsync<SoftphoneState>("/api/staffing/counselors/c-ko/state");

        Assert.That(before!.Presence, Is.EqualTo("offline"));
        Assert.That(after!.Presence, Is.EqualTo("available"));
        Assert.That(after.Call, Is.Null);
        Assert.That(after.Since, Is.Not.Null);
        Assert.That(watched!.Presence, Is.EqualTo("available"));
    }

    [Test]
    public async Task State_RingingWithAVictimSupportCall_ShowsTheCallersTags()
    {
        (await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null))).EnsureSuccessStatusCode();
        var engine = factory.Services.GetRequiredService<AcdEngine>();

        var joined = await engine.EnqueueCallerAsync(new EnqueueRequest("CA-victim", "ko", 0, ["victim-support"], AcceptsOverflow: false));
        var state = await counselor.GetFromJsonAsync<SoftphoneState>("/api/counselor/state");

        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("c-ko"));
        Assert.That((state!.Call?.CallSid, state.Call?.Phase), Is.EqualTo(("CA-victim", "ringing")));
        Assert.That(state.Call!.Tags, Is.EqualTo(new[] { "victim-support" }));
    }

    [Test]
    public async Task State_ForAnUnlinkedAccountOrUnknownCounselor_Answers404WithAReason()
    {
        var unlinked = await factory.CreateSignedInClientAsync(Roles.Counselor);

        var own = await unlinked.GetAsync("/api/counselor/state");
        var unknown = await supervisor.GetAsync("/api/staffing/counselors/nobody/state");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await own.Content.ReadAsStringAsync(), Does.Contain("not linked"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("not known"));
    }

    [Test]
    public async Task WrapUp_WithCodesOutsideTheCodeLists_Answers400()
    {
        var response = await counselor.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA-1", "Z-9", "weather", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("residency-status code list").And.Contain("topic code list"));
    }

    [Test]
    public async Task Pages_AreServedWithRevalidation_AndTheBundleExists()
    {
        var anonymous = factory.CreateClient();

        var softphone = await anonymous.GetAsync("/softphone/");
        var script = await anonymous.GetAsync("/js/softphone.js");

        Assert.That(softphone.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await softphone.Content.ReadAsStringAsync(), Does.Contain("/js/softphone.js"));
        Assert.That(softphone.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server's build bundles the scripts (npm ci + esbuild)");
    }
}
