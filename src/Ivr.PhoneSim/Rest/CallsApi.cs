using System.Globalization;
using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Rest;

/// <summary>Calls: create (Url or Twiml; Timeout; MachineDetection), fetch, list (Status, To, From, ParentCallSid filters), update (Url/Twiml redirect, Status completed/canceled).</summary>
public static class CallsApi
{
    public static RouteGroupBuilder MapCalls(this RouteGroupBuilder group)
    {
        group.MapPost("/Calls.json", CreateAsync).WithName("CreateCall");
        group.MapGet("/Calls.json", List).WithName("ListCalls");
        group.MapGet("/Calls/{CallSid}.json", Fetch).WithName("FetchCall");
        group.MapPost("/Calls/{CallSid}.json", UpdateAsync).WithName("UpdateCall");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var form = await Forms.ReadAsync(request);
        if (form.Text("To") is not { } to)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingTo, "No 'To' number is specified");
        }
        if (form.Text("From") is not { } from)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingFrom, "No 'From' number is specified");
        }
        if (Redirect(form) is not { } instruction)
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidUrl, "Url parameter is required. Provide an absolute http(s) Url or Twiml.");
        }
        var events = form["StatusCallbackEvent"].SelectMany(v => (v ?? "").Split(' ', ',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var timeout = int.TryParse(form.Text("Timeout"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? Math.Clamp(seconds, 1, 600) : 60;
        var setup = new CallSetup(from, to, CallDirections.OutboundApi, sim.Parties.Resolve(to), null,
            form.AbsoluteUrl("StatusCallback"), form.Text("StatusCallbackMethod") ?? "POST", events, timeout,
            form.AbsoluteUrl("FallbackUrl") is { } fallback ? Instruction.Fetch(fallback, form.Text("FallbackMethod")) : null,
            MachineDetection(form));
        var call = sim.Legs.StartApiCall(setup, instruction);
        return TypedResults.Json(json.Call(call), statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        string Filter(string key) => request.Query[key].ToString();
        var calls = sim.Calls.All
            .Where(c => Filter("Status") is not { Length: > 0 } status || c.Status == status)
            .Where(c => Filter("To") is not { Length: > 0 } to || c.To == to)
            .Where(c => Filter("From") is not { Length: > 0 } from || c.From == from)
            .Where(c => Filter("ParentCallSid") is not { Length: > 0 } parent || c.Setup.ParentCallSid == parent)
            .OrderByDescending(c => c.DateCreated)
            .Select(json.Call)
            .ToList();
        return TypedResults.Json(ResourceJson.Page("calls", request.Path + request.QueryString, calls));
    }

    private static IResult Fetch(string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        sim.Calls.Find(callSid) is { } call ? TypedResults.Json(json.Call(call)) : TwilioErrors.NotFoundAt(request);

    private static async Task<IResult> UpdateAsync(string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (sim.Calls.Find(callSid) is not { } call)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var form = await Forms.ReadAsync(request);
        if (Redirect(form) is { } instruction)
        {
            if (!sim.Redirect(call, instruction))
            {
                return TwilioErrors.BadRequest(TwilioErrors.InvalidCallState, "Call is not in-progress. Cannot redirect.");
            }
        }
        else if (form.Text("Url") is not null)
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidUrl, "Url is not a valid URL: " + form.Text("Url"));
        }
        switch (form.Text("Status"))
        {
            case CallStatuses.Completed:
                sim.EndCall(call, call.Status == CallStatuses.InProgress ? CallStatuses.Completed : CallStatuses.Canceled);
                break;
            case CallStatuses.Canceled when call.Status is CallStatuses.Queued or CallStatuses.Initiated or CallStatuses.Ringing:
                sim.EndCall(call, CallStatuses.Canceled);
                break;
        }
        return TypedResults.Json(json.Call(call));
    }

    /// <summary>MachineDetection Enable or DetectMessageEnd (anything else: none), MachineDetectionTimeout 1-120 s (30), AsyncAmd; ignored with SendDigits, as Twilio documents.</summary>
    private static MachineDetectionSetup? MachineDetection(IFormCollection form)
    {
        if (form.Text("MachineDetection") is not (MachineDetectionSetup.Enable or MachineDetectionSetup.DetectMessageEnd) || form.Text("SendDigits") is not null)
        {
            return null;
        }
        var timeout = int.TryParse(form.Text("MachineDetectionTimeout"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? Math.Clamp(seconds, 1, 120) : 30;
        return new MachineDetectionSetup(form.Text("MachineDetection")!, TimeSpan.FromSeconds(timeout), form.Bool("AsyncAmd") == true,
            form.AbsoluteUrl("AsyncAmdStatusCallback"), form.Text("AsyncAmdStatusCallbackMethod") ?? "POST");
    }

    private static Instruction? Redirect(IFormCollection form) =>
        form.Text("Twiml") is { } twiml ? Instruction.Inline(twiml)
        : form.AbsoluteUrl("Url") is { } url ? Instruction.Fetch(url, form.Text("Method"))
        : null;
}
