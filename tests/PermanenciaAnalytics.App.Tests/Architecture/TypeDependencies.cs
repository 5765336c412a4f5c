using System.Reflection;
using System.Reflection.Emit;

namespace PermanenciaAnalytics.App.Tests.Architecture;

/// <summary>
/// The types one compiled type uses: its signatures (base, interfaces, fields, properties, events, parameters, returns,
/// locals, attributes) and every type, method and field token in its method bodies. Reading the IL, not the source,
/// is what catches a fully qualified name or a parent namespace used without a <c>using</c>.
/// </summary>
internal static class TypeDependencies
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
        | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each used type with the member of <paramref name="type"/> that uses it (for the failure message).</summary>
    public static IEnumerable<(Type Used, string Where)> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var used in Expand(type.BaseType))
        {
            yield return (used, "hereda de");
        }

        foreach (var used in type.GetInterfaces().SelectMany(Expand))
        {
            yield return (used, "implementa");
        }

        foreach (var used in Attributes(type.CustomAttributes))
        {
            yield return (used, "atributo");
        }

        foreach (var field in type.GetFields(Declared))
        {
            foreach (var used in Expand(field.FieldType).Concat(Attributes(field.CustomAttributes)))
            {
                yield return (used, field.Name);
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            foreach (var used in Expand(property.PropertyType).Concat(Attributes(property.CustomAttributes)))
            {
                yield return (used, property.Name);
            }
        }

        foreach (var evt in type.GetEvents(Declared))
        {
            foreach (var used in Expand(evt.EventHandlerType))
            {
                yield return (used, evt.Name);
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var used in Method(type, method))
            {
                yield return (used, method.Name);
            }
        }
    }

    private static IEnumerable<Type> Method(Type owner, MethodBase method)
    {
        var signature = method.GetParameters().Select(p => p.ParameterType);
        if (method is MethodInfo info)
        {
            signature = signature.Append(info.ReturnType);
        }

        foreach (var used in signature.SelectMany(Expand).Concat(Attributes(method.CustomAttributes)))
        {
            yield return used;
        }

        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var used in body.LocalVariables.SelectMany(l => Expand(l.LocalType)))
        {
            yield return used;
        }

        var typeArguments = owner.IsGenericType ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
        {
            foreach (var used in Resolve(method.Module, token, typeArguments, methodArguments))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A signature or string token: no type to name.
            yield break;
        }

        switch (member)
        {
            case Type used:
                foreach (var expanded in Expand(used))
                {
                    yield return expanded;
                }

                break;
            case MethodBase called:
                foreach (var expanded in Expand(called.DeclaringType))
                {
                    yield return expanded;
                }

                if (called is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var expanded in generic.GetGenericArguments().SelectMany(Expand))
                    {
                        yield return expanded;
                    }
                }

                break;
            case FieldInfo field:
                foreach (var expanded in Expand(field.DeclaringType))
                {
                    yield return expanded;
                }

                break;
        }
    }

    /// <summary>The metadata tokens (type, method, field, member) operands of an IL stream.</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[position++]));
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, position);
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    position += 4;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    position += 1;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => Expand(a.AttributeType)
            .Concat(a.ConstructorArguments.Select(x => x.Value).OfType<Type>().SelectMany(Expand)));

    /// <summary>A type and what it is made of: element types, generic definition and arguments, declaring type.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()))
            {
                yield return element;
            }

            yield break;
        }

        if (type.IsConstructedGenericType)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }

            yield break;
        }

        yield return type;
    }
}
