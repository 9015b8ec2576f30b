## The error page: a title, a sentence, a link to the start page and a reference.

errors-bad-request-title = To żądanie jest nieprawidłowe
errors-forbidden-title = Nie można przyjąć tego formularza
errors-not-found-title = Nie znaleziono strony
errors-not-found = Pod tym adresem nie ma żadnej strony.
errors-too-large-title = Zbyt dużo danych
errors-too-large = Formularz przesłał więcej danych, niż potrzebuje którykolwiek z naszych formularzy.
errors-too-many-requests-title = Zbyt wiele żądań
errors-unavailable-title = Usługa tymczasowo niedostępna
errors-unavailable = Usługa nie może teraz odpowiedzieć. Nic nie zostało zmienione; spróbuj ponownie za minutę.
errors-internal-title = Wystąpił błąd po naszej stronie
errors-internal = Błąd został zarejestrowany. Spróbuj ponownie; jeśli błąd się powtórzy, skontaktuj się z pomocą techniczną i podaj poniższy numer referencyjny.
errors-go-to-start = Przejdź do strony startowej
errors-reference = Numer referencyjny dla pomocy technicznej:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Formularze muszą być wysyłane jako application/x-www-form-urlencoded.
errors-form-other-site = Formularz został wysłany z innej witryny.
errors-form-unreadable = Nie udało się odczytać formularza.
errors-form-malformed = Formularz ma nieprawidłową strukturę.
errors-form-expired = Ten formularz wygasł lub nie został wysłany z naszych stron. Wróć, odśwież stronę i spróbuj ponownie.
errors-form-wrong-kind = Formularz zawiera pole niewłaściwego typu.

## Mails and links.

errors-too-many-mails = Zażądano zbyt wielu wiadomości e-mail dla tego adresu lub z tej sieci. Spróbuj ponownie za godzinę.
errors-link-invalid-title = Nie można użyć tego linku
errors-link-invalid = Link jest nieprawidłowy, wygasł lub został już użyty. Linki w naszych wiadomościach działają jednorazowo.
errors-go-to-sign-in = Przejdź do logowania
