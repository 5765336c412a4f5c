namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Date formats seen in real SIMAT/SIMPADE exports: <c>yyyy-MM-dd</c> with an optional time
/// (<c>HH:mm</c>, <c>HH:mm:ss</c>, <c>HH:mm:ss.f…fff</c>, separated by a space or <c>T</c>) and <c>dd/MM/yyyy</c>
/// (day and month may have one digit) with an optional time. Parsed by hand: <c>DateTime.TryParseExact</c> over a
/// list of formats cost ~15 µs a row, most of a million-row load.
/// </summary>
public static class ExtractDates
{
    public static bool TryParse(string? raw, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.AsSpan().Trim();
        return text.Length >= 10 && text[4] == '-' ? TryIso(text, out date) : TryDayFirst(text, out date);
    }

    private static bool TryIso(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text[7] != '-' || !Digits(text[..4], out var year) || !Digits(text[5..7], out var month) || !Digits(text[8..10], out var day))
        {
            return false;
        }

        return (text.Length == 10 || ((text[10] == ' ' || text[10] == 'T') && IsTime(text[11..]))) && TryCreate(year, month, day, out date);
    }

    private static bool TryDayFirst(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        var space = text.IndexOf(' ');
        var datePart = space < 0 ? text : text[..space];
        if (space >= 0 && !IsTime(text[(space + 1)..]))
        {
            return false;
        }

        var first = datePart.IndexOf('/');
        var second = first < 0 ? -1 : datePart[(first + 1)..].IndexOf('/') + first + 1;
        if (first is < 1 or > 2 || second - first is < 2 or > 3 || datePart.Length - second - 1 != 4)
        {
            return false;
        }

        return Digits(datePart[..first], out var day) && Digits(datePart[(first + 1)..second], out var month)
            && Digits(datePart[(second + 1)..], out var year) && TryCreate(year, month, day, out date);
    }

    /// <summary>H:mm, HH:mm, HH:mm:ss, HH:mm:ss.f to .fffffff.</summary>
    private static bool IsTime(ReadOnlySpan<char> time)
    {
        var parts = time.Split(':');
        var index = 0;
        foreach (var range in parts)
        {
            var part = time[range];
            if (index == 2)
            {
                var dot = part.IndexOf('.');
                if (dot >= 0)
                {
                    var fraction = part[(dot + 1)..];
                    if (fraction.Length is < 1 or > 7 || !Digits(fraction, out _))
                    {
                        return false;
                    }

                    part = part[..dot];
                }
            }

            var max = index == 0 ? 23 : 59;
            if (part.Length is < 1 or > 2 || (index > 0 && part.Length != 2) || !Digits(part, out var value) || value > max)
            {
                return false;
            }

            index++;
        }

        return index is 2 or 3;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
