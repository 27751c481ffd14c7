using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>The Gather examples of Twilio's documentation: finishOnKey, numDigits, timeout and fall-through.</summary>
public sealed class GatherVerbTests
{
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        harness.App.Twiml("/gathered", "<Response><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [Test]
    public async Task Gather_KeysEndWithFinishOnKey_ActionGetsDigitsWithoutTheKey()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" finishOnKey=\"*\"><Say>Choose a language</Say></Gather></Response>");
        await SimHarness.EndedAsync(harness.Call("12*"));
        var action = harness.App.To("/gathered").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action["Digits"], Is.EqualTo("12"));
            Assert.That(action["CallStatus"], Is.EqualTo("in-progress"));
            Assert.That(action.SignatureValid, Is.True);
        });
    }

    [Test]
    public async Task Gather_NumDigitsReached_SubmitsAtOnce()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" numDigits=\"1\"><Say>Press a key</Say></Gather></Response>");
        await SimHarness.EndedAsync(harness.Call("35"));
        Assert.That(harness.App.To("/gathered").Single()["Digits"], Is.EqualTo("3"));
    }

    [Test]
    public async Task Gather_DefaultFinishOnKeyIsHash()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\"/></Response>");
        await SimHarness.EndedAsync(harness.Call("1234#"));
        Assert.That(harness.App.To("/gathered").Single()["Digits"], Is.EqualTo("1234"));
    }

    [Test]
    public async Task Gather_NoActionAttribute_PostsToCurrentDocument()
    {
        harness.App.Twiml("/voice", r => r["Digits"] == "" ? "<Response><Gather numDigits=\"1\"/></Response>" : "<Response><Hangup/></Response>");
        await SimHarness.EndedAsync(harness.Call("7"));
        Assert.That(harness.App.To("/voice").Select(r => r["Digits"]), Is.EqualTo(new[] { "", "7" }));
    }

    [Test]
    public async Task Gather_NoInput_FallsThroughToNextVerb()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" timeout=\"3\"><Say>Choose</Say></Gather><Redirect>/no-input</Redirect></Response>");
        harness.App.Twiml("/no-input", "<Response><Hangup/></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/gathered"), Is.Empty);
            Assert.That(harness.App.To("/no-input"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Gather_NoInputWithActionOnEmptyResult_PostsEmptyDigits()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" actionOnEmptyResult=\"true\"/></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/gathered").Single()["Digits"], Is.EqualTo(""));
    }

    [Test]
    public async Task Gather_KeyDuringEndlessPrompt_StopsPromptAndSubmitsDigits()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" numDigits=\"1\"><Say loop=\"0\">Press 0 for a counselor</Say></Gather></Response>");
        var call = harness.Sim.PlaceIncomingCall("+821012345678", new Parties.ScriptedParty(["0"], bargeIn: true));
        await SimHarness.EndedAsync(call);
        Assert.That(harness.App.To("/gathered").Single()["Digits"], Is.EqualTo("0"));
    }

    [Test]
    public async Task Gather_MethodGet_SendsParametersInQuerySignedOverUrl()
    {
        harness.App.Twiml("/voice", "<Response><Gather action=\"/gathered\" method=\"GET\" numDigits=\"2\"/></Response>");
        await SimHarness.EndedAsync(harness.Call("42"));
        var action = harness.App.To("/gathered").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action.Method, Is.EqualTo("GET"));
            Assert.That(action["Digits"], Is.EqualTo("42"));
            Assert.That(action.SignatureValid, Is.True);
        });
    }
}
