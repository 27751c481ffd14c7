using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Twilio.Clients;
using Twilio.Http;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>Twilio's REST API, the one boundary these tests cannot reach: records requests, answers or fails.</summary>
public sealed class TwilioMock
{
    public Mock<ITwilioRestClient> Client { get; } = new();

    public List<Request> Requests { get; } = [];

    public TwilioMock()
    {
        Client.SetupGet(client => client.AccountSid).Returns(IvrServerFactory.AccountSid);
    }

    public TwilioMock Answering(Func<Request, Response> answer)
    {
        Client.Setup(client => client.RequestAsync(It.IsAny<Request>()))
            .Callback<Request>(Requests.Add)
            .ReturnsAsync(answer);
        return this;
    }

    public TwilioMock Failing(Exception exception)
    {
        Client.Setup(client => client.RequestAsync(It.IsAny<Request>()))
            .Callback<Request>(Requests.Add)
            .ThrowsAsync(exception);
        return this;
    }

    /// <summary>Answers every participant creation with a ringing leg and every call update with the call.</summary>
    public static TwilioMock Ringing() => new TwilioMock().Answering(request =>
        request.ConstructUrl().AbsolutePath.EndsWith("Participants.json", StringComparison.Ordinal) ? Participant("CA00000000000000000000000000000001") : Call("CA-updated"));

    /// <summary>Starts the server with this mock as its Twilio REST client.</summary>
    public Task<IvrServerFactory> StartServerAsync(IDictionary<string, string?>? settings = null) =>
        IvrServerFactory.StartAsync(settings, services => services.AddSingleton(Client.Object));

    public static Response Participant(string callSid) =>
        new(HttpStatusCode.Created, $$"""{"account_sid":"{{IvrServerFactory.AccountSid}}","call_sid":"{{callSid}}","conference_sid":"CF00000000000000000000000000000001","status":"queued"}""");

    public static Response Call(string callSid) =>
        new(HttpStatusCode.OK, $$"""{"sid":"{{callSid}}","account_sid":"{{IvrServerFactory.AccountSid}}","status":"in-progress"}""");
}
