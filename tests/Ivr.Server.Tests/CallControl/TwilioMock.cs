using System.Net;
using Moq;
using Twilio.Clients;
using Twilio.Http;

namespace Ivr.Server.Tests.CallControl;

/// <summary>Twilio's REST API, the one boundary these tests cannot reach: records requests, answers or fails.</summary>
public sealed class TwilioMock
{
    public Mock<ITwilioRestClient> Client { get; } = new();

    public List<Request> Requests { get; } = [];

    public TwilioMock()
    {
        Client.SetupGet(client => client.AccountSid).Returns(Infrastructure.IvrServerFactory.AccountSid);
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

    public static Response Participant(string callSid) =>
        new(HttpStatusCode.Created, $$"""{"account_sid":"{{Infrastructure.IvrServerFactory.AccountSid}}","call_sid":"{{callSid}}","conference_sid":"CF00000000000000000000000000000001","status":"queued"}""");

    public static Response Call(string callSid) =>
        new(HttpStatusCode.OK, $$"""{"sid":"{{callSid}}","account_sid":"{{Infrastructure.IvrServerFactory.AccountSid}}","status":"in-progress"}""");
}
