<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * The sandbox's test buyer and its wallet. Card endings pick the behaviour of the Sandbox
 * "simulated payment methods": 1111/0005/4444/9424/0000/1212 succeed, 3064 makes the buyer cancel,
 * 3434 declines at checkout, 0701 authorizes after a delay, 4354 declines after a delay.
 */
final class TestBuyer
{
    public const CARDS = ['1111', '0005', '4444', '9424', '0000', '1212', '3064', '3434', '0701', '4354'];

    /** Cards whose authorization is only available asynchronously. */
    public const PENDING_CARDS = ['0701', '4354'];

    public static function validCard(mixed $card): bool
    {
        return is_string($card) && in_array($card, self::CARDS, true);
    }

    public static function buyer(): array
    {
        return [
            'buyerId' => 'amzn1.account.AMZPAYSANDBOXTESTBUYER0001',
            'name' => 'Sandbox Test Buyer',
            'email' => 'test.buyer@example.com',
            'phoneNumber' => '800-000-0000',
            'primeMembershipTypes' => null,
        ];
    }

    public static function address(string $region): array
    {
        $address = match ($region) {
            'na' => ['addressLine1' => '410 Terry Ave N', 'city' => 'Seattle', 'stateOrRegion' => 'WA',
                'postalCode' => '98109', 'countryCode' => 'US', 'phoneNumber' => '800-000-0000'],
            'jp' => ['addressLine1' => '1-8-1 Shimomeguro', 'city' => 'Meguro-ku', 'stateOrRegion' => 'Tokyo',
                'postalCode' => '153-0064', 'countryCode' => 'JP', 'phoneNumber' => '03-0000-0000'],
            default => ['addressLine1' => 'Marcel-Breuer-Str. 12', 'city' => 'Muenchen', 'stateOrRegion' => null,
                'postalCode' => '80807', 'countryCode' => 'DE', 'phoneNumber' => '+49 89 0000000'],
        };
        $order = ['name', 'addressLine1', 'addressLine2', 'addressLine3', 'city', 'county', 'district',
            'stateOrRegion', 'postalCode', 'countryCode', 'phoneNumber'];
        $address += ['name' => 'Sandbox Test Buyer'];
        return array_map(static fn (string $key) => $address[$key] ?? null, array_combine($order, $order));
    }

    public static function paymentPreferences(string $card): array
    {
        return [['paymentDescriptor' => "Visa ****$card"]];
    }
}
