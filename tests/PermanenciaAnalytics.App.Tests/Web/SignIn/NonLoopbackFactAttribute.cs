using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// A fact that needs a non-loopback IPv4 address of this machine, so a client reaches the server as an untrusted
/// peer (loopback is a trusted proxy); reported as skipped on a machine with loopback only.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NonLoopbackFactAttribute : FactAttribute
{
    public NonLoopbackFactAttribute()
    {
        if (Address is null)
        {
            Skip = "This machine has no non-loopback IPv4 address.";
        }
    }

    public static IPAddress? Address => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses)
        .Select(a => a.Address)
        .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
