using System.Text.RegularExpressions;

namespace Ivr.PhoneSim.Rest;

/// <summary>
/// Messages (2010-04-01, twilio.com/docs/messaging/api/message-resource): create <c>Messages.json</c> with To, From,
/// Body and an optional StatusCallback (201, status queued; then sent and delivered, see
/// <see cref="Messages.MessageDelivery"/>), fetch <c>Messages/{Sid}.json</c> and list (To and From filters). The
/// refusals are Twilio's: 21604 without To, 21211 for a To that is not E.164, 21603 without From, 21602 without
/// Body, 21617 for a body over 1600 characters.
/// </summary>
public static partial class MessagesApi
{
    public const int MaxBodyLength = 1600;

    public static RouteGroupBuilder MapMessages(this RouteGroupBuilder group)
    {
        group.MapPost("/Messages.json", CreateAsync).WithName("CreateMessage");
        group.MapGet("/Messages.json", List).WithName("ListMessages");
        group.MapGet("/Messages/{sid}.json", (string sid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
            sim.Messages.Find(sid) is { } message ? TypedResults.Json(json.Message(message)) : TwilioErrors.NotFoundAt(request)).WithName("FetchMessage");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var form = await Forms.ReadAsync(request);
        if (form.Text("To") is not { } to)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingMessageTo, "A 'To' phone number is required.");
        }
        if (!E164().IsMatch(to))
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidTo, $"Invalid 'To' Phone Number: {to}");
        }
        if (form.Text("From") is not { } from)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingMessageFrom, "A 'From' phone number is required.");
        }
        if (form.Text("Body") is not { } body)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingBody, "Message body is required.");
        }
        if (body.Length > MaxBodyLength)
        {
            return TwilioErrors.BadRequest(TwilioErrors.BodyTooLong, $"The concatenated message body exceeds the {MaxBodyLength} character limit.");
        }
        if (form.Text("StatusCallback") is not null && form.AbsoluteUrl("StatusCallback") is null)
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidUrl, "StatusCallback is not a valid URL.");
        }
        var message = sim.Messages.Create(from, to, body, form.AbsoluteUrl("StatusCallback"));
        var created = json.Message(message);
        sim.MessageDelivery.Start(message);
        return TypedResults.Json(created, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var to = request.Query["To"].ToString();
        var from = request.Query["From"].ToString();
        var messages = sim.Messages.All
            .Where(message => (to.Length == 0 || message.To == to) && (from.Length == 0 || message.From == from))
            .Select(json.Message).ToList();
        return TypedResults.Json(ResourceJson.Page("messages", request.Path + request.QueryString, messages));
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
