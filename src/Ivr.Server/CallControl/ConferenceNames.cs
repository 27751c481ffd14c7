namespace Ivr.Server.CallControl;

/// <summary>One conference per reservation: caller and counselor meet there, and transfer or a third party join it.</summary>
public static class ConferenceNames
{
    public static string ForReservation(string reservationId) => "ivr-" + reservationId;
}
