# Lines of the security history (lower case, shown next to the date and address).

history-mfa-mandatory = ustawiono uwierzytelnianie wieloskładnikowe jako obowiązkowe
history-mfa-optional = ustawiono uwierzytelnianie wieloskładnikowe jako opcjonalne
history-token-added = dodano token
history-token-deleted = usunięto token
history-phone-added = dodano numer telefonu komórkowego { $number }
history-phone-deleted = usunięto numer telefonu komórkowego { $number }
history-device-added = dodano urządzenie mobilne „{ $name }”
history-device-deleted = usunięto urządzenie mobilne „{ $name }”
history-panic = PANIC: usunięto wszystkie urządzenia mobilne ({ $devices }) i tokeny ({ $tokens }), zakończono wszystkie sesje
history-app-denied-wrong-number = odmowa logowania na urządzeniu „{ $name }”: w aplikacji wybrano niewłaściwą liczbę
history-app-denied = odmowa logowania na urządzeniu „{ $name }”: logowanie odrzucono w aplikacji
history-key-added = dodano klucz bezpieczeństwa „{ $name }”
history-key-added-password-only = dodano klucz bezpieczeństwa „{ $name }” po zalogowaniu wyłącznie za pomocą hasła
history-key-added-password-only-mailed = dodano klucz bezpieczeństwa „{ $name }” po zalogowaniu wyłącznie za pomocą hasła. Jeśli nie była to Twoja czynność, otwórz { $link } : usunie to hasło, wszystkie klucze bezpieczeństwa i kody odzyskiwania oraz zakończy wszystkie sesje
history-key-deleted = usunięto klucz bezpieczeństwa „{ $name }”
history-key-cloned = odrzucono klucz bezpieczeństwa „{ $name }”: jego licznik się cofnął, klucz mógł zostać skopiowany
history-codes-generated = wygenerowano nowe kody odzyskiwania (dotychczasowe przestały działać)
history-code-used = { $count ->
    [one] zalogowano kodem odzyskiwania (pozostał { $count })
    [few] zalogowano kodem odzyskiwania (pozostały { $count })
    [many] zalogowano kodem odzyskiwania (pozostało { $count })
   *[other] zalogowano kodem odzyskiwania (pozostało { $count })
}
history-email-change-requested = zażądano zmiany adresu e-mail na { $email }
history-email-changed = zmieniono adres e-mail z { $old } na { $new }
