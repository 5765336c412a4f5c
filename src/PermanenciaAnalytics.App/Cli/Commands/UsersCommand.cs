using System.CommandLine;
using PermanenciaAnalytics.App.Accounts;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>users add --name N --role R [--institution DANE] --password-stdin</c>. The password is read from standard input
/// (never from the command line, where it would land in shell history and process lists) and is never printed.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(GlobalOptions globals, TextReader? input = null)
    {
        var name = new Option<string>("--name") { Description = "Nombre de usuario.", Required = true };
        var role = new Option<string>("--role") { Description = "secretaria | cobertura | rector | admin", Required = true };
        role.AcceptOnlyFromAmong("secretaria", "cobertura", "rector", "admin");
        var institution = new Option<string?>("--institution") { Description = "Código DANE de la institución (obligatorio para rector)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Lee la contraseña de la entrada estándar (primera línea)." };

        var add = new DatabaseCommand("add", "Crea una cuenta de usuario.") { name, role, institution, passwordStdin };
        add.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!parseResult.GetValue(passwordStdin))
            {
                error.WriteLine("Falta --password-stdin: la contraseña se lee de la entrada estándar, nunca de la línea de comandos.");
                return ExitCodes.UsageError;
            }

            var password = (input ?? Console.In).ReadLine()?.TrimEnd('\r', '\n') ?? "";
            var parsedRole = RoleNames.Parse(parseResult.GetValue(role));
            var target = globals.ResolveDatabase(parseResult);
            try
            {
                AccountService.For(target, TimeProvider.System)
                    .AddUser(parseResult.GetRequiredValue(name), parsedRole, parseResult.GetValue(institution), password, AccountActor.Cli());
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
                return ExitCodes.UsageError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Usuario '{parseResult.GetValue(name)!.Trim()}' creado con rol {RoleNames.ToName(parsedRole)}.");
            return ExitCodes.Success;
        });

        return new Command("users", "Administra las cuentas de la aplicación web.") { add };
    }
}
