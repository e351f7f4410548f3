<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * Request body checks: malformed JSON -> InvalidRequestFormat, unknown field -> UnrecognizedField,
 * missing -> MissingParameterValue, wrong type/enum/length -> InvalidParameterValue.
 *
 * Schema: field => spec, where spec is a nested schema array or a string:
 * 'string', 'string:<max>', 'bool', 'int', 'price', 'enum:A|B', 'any', 'list'.
 * A null value counts as absent. Like Amazon's JSON binding, a string field takes any JSON scalar:
 * a number or boolean is bound as its JSON text (12345 -> "12345", true -> "true") and checked and
 * stored as that string; objects and arrays stay refused.
 */
final class Validator
{
    public const MERCHANT_METADATA = [
        'merchantReferenceId' => 'string:256',
        'merchantStoreName' => 'string:50',
        'noteToBuyer' => 'string:255',
        'customInformation' => 'string:4096',
    ];

    public const PROVIDER_METADATA = ['providerReferenceId' => 'string:256'];

    public static function decode(string $raw): array
    {
        if (trim($raw) === '') {
            return [];
        }
        try {
            $object = json_decode($raw, false, 64, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw new ApiError(400, 'InvalidRequestFormat', 'The request body is not valid JSON.');
        }
        if ($object === []) {
            return []; // PHP clients json_encode an empty payload array as "[]"
        }
        if (!$object instanceof \stdClass) {
            throw new ApiError(400, 'InvalidRequestFormat', 'The request body must be a JSON object.');
        }
        return json_decode($raw, true, 64, JSON_BIGINT_AS_STRING);
    }

    /**
     * Checks $data in place: string fields are left holding their bound text.
     *
     * @param list<string> $required dotted paths
     */
    public static function check(array &$data, array $schema, array $required = [], string $prefix = ''): void
    {
        foreach ($data as $field => &$value) {
            $path = $prefix . $field;
            if (!array_key_exists($field, $schema)) {
                throw ApiError::unrecognized($path);
            }
            if ($value === null) {
                continue;
            }
            self::checkValue($value, $schema[$field], $path);
        }
        unset($value);
        foreach ($required as $path) {
            if (self::dig($data, $path) === null) {
                throw ApiError::missing($prefix . $path);
            }
        }
    }

    private static function checkValue(mixed &$value, string|array $spec, string $path): void
    {
        if (is_array($spec)) {
            if (!is_array($value) || (array_is_list($value) && $value !== [])) {
                throw ApiError::invalidValue($path);
            }
            self::check($value, $spec, [], $path . '.');
            return;
        }
        [$type, $arg] = array_pad(explode(':', $spec, 2), 2, null);
        if ($type === 'string') {
            $value = self::scalarText($value);
        }
        $ok = match ($type) {
            'string' => is_string($value) && ($arg === null || self::length($value) <= (int) $arg),
            'bool' => is_bool($value),
            'int' => is_int($value) || (is_string($value) && ctype_digit($value)),
            'enum' => is_string($value) && in_array($value, explode('|', (string) $arg), true),
            'list' => is_array($value) && array_is_list($value),
            'price' => is_array($value),
            'any' => true,
            default => throw new \LogicException("bad spec $spec"),
        };
        if (!$ok) {
            $detail = $type === 'string' && is_string($value) ? "Maximum length is $arg." : '';
            throw ApiError::invalidValue($path, $detail);
        }
        if ($type === 'price') {
            foreach (array_keys($value) as $key) {
                if (!in_array($key, ['amount', 'currencyCode'], true)) {
                    throw ApiError::unrecognized("$path.$key");
                }
            }
        }
    }

    /** A JSON scalar bound to a string field: numbers and booleans as their JSON text; anything else unchanged. */
    public static function scalarText(mixed $value): mixed
    {
        return match (true) {
            is_int($value) => (string) $value,
            is_float($value) => json_encode($value, JSON_PRESERVE_ZERO_FRACTION),
            is_bool($value) => $value ? 'true' : 'false',
            default => $value,
        };
    }

    public static function dig(array $data, string $path): mixed
    {
        foreach (explode('.', $path) as $part) {
            if (!is_array($data) || !array_key_exists($part, $data)) {
                return null;
            }
            $data = $data[$part];
        }
        return $data === '' ? null : $data;
    }

    public static function length(string $value): int
    {
        $n = iconv_strlen($value, 'UTF-8');
        return $n === false ? strlen($value) : $n;
    }

    /** softDescriptor: at most 16 characters (and bytes). */
    public static function softDescriptor(mixed $value, string $field = 'softDescriptor'): ?string
    {
        if ($value === null) {
            return null;
        }
        $value = self::scalarText($value);
        if (!is_string($value) || strlen($value) > 16 || $value === '') {
            throw ApiError::invalidValue($field, 'Maximum length is 16.');
        }
        return $value;
    }

    /** Keeps only non-null entries of a metadata object, in schema order, all keys present. */
    public static function metadata(?array $value, array $schema): array
    {
        $out = [];
        foreach (array_keys($schema) as $key) {
            $out[$key] = $value[$key] ?? null;
        }
        return $out;
    }
}
