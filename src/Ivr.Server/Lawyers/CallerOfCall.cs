using Ivr.Server.Telephony;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The caller's number of a call, taken from the call itself: Twilio keeps every call it carried, with the caller's
/// number as <c>from</c> of an inbound call (<c>to</c> of a call the center placed, such as a callback). The counselor
/// never types it and the records never held it in clear; the booking keeps it only protected.
/// </summary>
public sealed class CallerOfCall(ITwilioRestClient twilio)
{
    /// <returns>The E.164 number; null when Twilio does not know the call or the number was withheld.</returns>
    /// <exception cref="Exception">Twilio could not be asked (see <see cref="TwilioFailures.Is"/>).</exception>
    public async Task<string?> NumberAsync(string callSid)
    {
        CallResource call;
        try
        {
            call = await CallResource.FetchAsync(callSid, client: twilio);
        }
        catch (ApiException exception) when (exception.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
        var number = call.Direction == "inbound" ? call.From : call.To;
        return E164Number.IsValid(number) ? number : null;
    }
}
