# CPMS (Clinical Patient Management System), a klinikusok alkalmazása. A „CPMS”, „ERN”,
# „ERN-CPMS” és „EU Login” nevek, nem fordítjuk őket.

## Minden CPMS-oldal kerete

cpms-tagline = Az Európai Referenciahálózatok klinikai betegirányítási rendszere
cpms-training-banner = OKTATÁSI ÜZEMMÓD bekapcsolva: betegadatokhoz nem használható (csak tesztfiókok).
cpms-dashboard = Irányítópult
cpms-preferences = ERN-beállítások
cpms-sign-out = Kijelentkezés
cpms-go-to-dashboard = Ugrás az irányítópultra

## A kezdőlap (bejelentkezés előtt)

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = Informatikai platform az ERN-tagok közötti klinikai konzultációkhoz.
cpms-landing-aim = A CPMS célja, hogy segítse az ERN-eket a ritka vagy alacsony előfordulású, összetett betegségek diagnosztizálásának és kezelésének javításában, az európai tagállamok nemzeti határain átnyúlóan.
cpms-landing-browsers-heading = Támogatott böngészők
cpms-landing-browsers = A CPMS összes funkciójának használatához győződjön meg arról, hogy a Google Chrome, a Firefox vagy a Safari legújabb verzióját használja.
cpms-landing-secure-login-heading = Biztonságos bejelentkezés
cpms-landing-login-through-eu-login = A CPMS ERN-be az EU Login hitelesítési szolgáltatáson keresztül jelentkezhet be.
cpms-login-via-eu-login = Bejelentkezés EU Loginnal
cpms-training-login-link = Nem EU Login-felhasználók használata (csak teszteléshez)
cpms-landing-members-only = A CPMS jogosult felhasználói csak ERN-tagok és ERN-vendégfelhasználók lehetnek.
cpms-landing-eu-login-needed = A CPMS eléréséhez EU Login-fiókra van szüksége.
cpms-landing-create-account = Fiók létrehozásához kattintson ide.
cpms-landing-request-authorisation = A CPMS használatára vonatkozó engedély kéréséhez kattintson ide.
cpms-landing-help-heading = Súgó és támogatás
cpms-landing-contact-email = Ha kérdése, ötlete, javaslata van, vagy segítségre van szüksége egy problémával kapcsolatban, forduljon az ERN-CPMS-hez e-mailben a következő címen: { $address }.
cpms-landing-contact-coordinator = Ha kérdése, ötlete, javaslata van, vagy segítségre van szüksége egy problémával kapcsolatban, forduljon ERN-je koordinátorához.

## Az irányítópult: azok a szervezetek, ahol a felhasználónak CPMS-profilja van

cpms-dashboard-no-profile = Még nincs CPMS-profilja, { $name }.
cpms-dashboard-request-authorisation = A CPMS használatára vonatkozó engedély kéréséhez kattintson ide
cpms-dashboard-request-steps = válassza ki ERN-jét, országát, intézményét és hozzáférési profilját.
cpms-dashboard-user-role = FELHASZNÁLÓ: { $name } SZEREPKÖR: { $profiles }
cpms-dashboard-request-another = Másik szervezetre vagy profilra vonatkozó engedély kéréséhez kattintson ide

## A CPMS oldalai

cpms-page-organisation-home = A szervezet CPMS-kezdőlapja
cpms-page-panels = Panelek
cpms-page-panel-create = Panel létrehozása
cpms-page-panel-manage = Panel kezelése (meghívás, lezárás)
cpms-page-panel-contribute = Hozzászólás egy panelhez
cpms-page-kpis = A hálózat teljesítménymutatói (KPI)
cpms-page-assistance = Segítségkérések
cpms-page-reports = Anonimizált jelentések

## Egy szervezet kezdőlapja

cpms-organisation-your-profiles = Az Ön profiljai itt: { $profiles }
cpms-organisation-guest-access = Vendéghozzáférés: azokat a paneleket látja, amelyekre meghívták, és hozzászólhat azokhoz.

## ERN-beállítások

cpms-preferences-welcome = Üdvözöljük a CPMS-ben. Kérjük, adja meg szakmai szerepkörét és azokat a tematikus területeket, amelyekben tanácsot tud adni; amíg ezt nem teszi meg, nem ajánljuk fel szakértőként panelekhez.
cpms-preferences-professional-role = Szakmai szerepköröm
cpms-preferences-no-value = [Nincs kiválasztott érték]
cpms-preferences-thematic-areas = ERN tematikus területek
cpms-preferences-specialist-in = Szakterületem:
cpms-preferences-none = Egyik sem
cpms-preferences-update = ERN-beállítások frissítése
cpms-preferences-role-missing = Válassza ki szakmai szerepkörét.
cpms-preferences-role-unknown = Szakmai szerepkörét a listából válassza ki.
cpms-preferences-none-and-areas = { $network }: jelölje be az „Egyik sem” lehetőséget vagy tematikus területeket, de ne mindkettőt.
cpms-preferences-unknown-area = Ismeretlen tematikus terület.

## A „Szakmai szerepköröm” választási lehetőségei

cpms-role-clinical-geneticist = Klinikai genetikus
cpms-role-dermatologist = Bőrgyógyász
cpms-role-endocrinologist = Endokrinológus
cpms-role-haematologist = Hematológus
cpms-role-hepatologist = Hepatológus
cpms-role-nephrologist = Nefrológus
cpms-role-neurologist = Neurológus
cpms-role-oncologist = Onkológus
cpms-role-ophthalmologist = Szemész
cpms-role-paediatrician = Gyermekorvos
cpms-role-pathologist = Patológus
cpms-role-pulmonologist = Pulmonológus
cpms-role-radiologist = Radiológus
cpms-role-rheumatologist = Reumatológus
cpms-role-surgeon = Sebész
cpms-role-other-physician = Egyéb orvos
cpms-role-nurse = Ápoló
cpms-role-psychologist = Pszichológus
cpms-role-researcher = Kutató
cpms-role-other-health-professional = Egyéb egészségügyi szakember

## Panelek: egy hálózat szakértői által megvitatott eset

cpms-panels-none = Nincs megjeleníthető panel.
cpms-panel = Panel
cpms-thematic-area = Tematikus terület
cpms-panel-lead = Vezető
cpms-panel-status = Állapot
cpms-panel-status-open = Nyitott
cpms-panel-status-closed = Lezárva: { $outcome }
cpms-panel-all-panels = Összes panel
cpms-panel-invited = Meghívott szakértők
cpms-panel-invited-none = még nincs
cpms-panel-case-summary = Esetösszefoglaló
cpms-panel-title = Cím
cpms-panel-contributions = Hozzászólások
cpms-panel-contributions-none = Még nincs hozzászólás.
cpms-panel-comment = Megjegyzés
cpms-panel-add-comment = Megjegyzés hozzáadása
cpms-panel-invite-heading = Szakértők meghívása
cpms-panel-no-candidates = Nem hívható meg olyan szakértő, akinek ERN-beállításaiban szerepel a(z) „{ $area }” terület.
cpms-panel-specialist = Szakértő
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Szakértő meghívása
cpms-panel-close = Panel lezárása
cpms-panel-outcome = Eredmény
cpms-panel-new-no-areas = Ennek a hálózatnak még nincsenek tematikus területei, ezért nem hozható létre hozzá panel.
cpms-panel-new-create = Panel létrehozása
cpms-panel-new-choose-area = Válassza ki a hálózat egyik tematikus területét.
cpms-panel-not-invitable = Ez a tag nem hívható meg: válasszon a panel tematikus területéhez felajánlott szakértők közül.
cpms-panel-comment-needed = Írjon megjegyzést (legfeljebb 5000 karakter).
cpms-panel-choose-outcome = Válasszon egyet az eredmények közül.
cpms-panel-refused-view = Ezt a panelt nem Ön vezeti, nem hívták meg rá, és nem is Ön kezeli.
cpms-panel-refused-invite = Csak a panel vezetője és panelkezelői hívhatnak meg szakértőket, és csak amíg a panel nyitott.
cpms-panel-refused-contribute = Csak a panel résztvevői szólhatnak hozzá, és csak amíg a panel nyitott.
cpms-panel-refused-close = Csak a panel vezetője és panelkezelői zárhatják le, és csak egyszer.

## A panel lezárásának eredményei

cpms-outcome-diagnosis-confirmed = Diagnózis megerősítve
cpms-outcome-treatment-recommended = Kezelés javasolva
cpms-outcome-referred = Másik központba utalva
cpms-outcome-no-consensus = Nincs konszenzus
cpms-outcome-other = Egyéb

## Egy űrlapmező problémája

cpms-field-required = A(z) „{ $field }” mező kitöltése kötelező.
cpms-field-too-long = { $max ->
    [one] A(z) „{ $field }” mező legfeljebb { $max } karakter lehet.
   *[other] A(z) „{ $field }” mező legfeljebb { $max } karakter lehet.
}

## A koordinátor hálózati teljesítménymutatói

cpms-kpis-open-panels = Nyitott panelek
cpms-kpis-closed-panels = Lezárt panelek
cpms-kpis-members = Tagok
cpms-kpis-members-with-preferences = ERN-beállításokkal rendelkező tagok
cpms-kpis-unassigned = Még hozzá nem rendelt kérések
cpms-kpis-pending-access-requests = Függőben lévő hozzáférési kérelmek

## Segítségkérések (a diszpécser kezeli a koordinátor nevében)

cpms-assistance-on-behalf = { $organisation }, a koordinátor nevében
cpms-assistance-none = Nincs segítségkérés.
cpms-assistance-requested-by = Kérelmező: { $name }.
cpms-assistance-assigned-to = Hozzárendelve: { $name }.
cpms-assistance-not-assigned = Nincs hozzárendelve.
cpms-assistance-assign-to = Hozzárendelt tag
cpms-assistance-assign = Hozzárendelés
cpms-assistance-new = Új segítségkérés
cpms-assistance-subject = Tárgy
cpms-assistance-details = Részletek
cpms-assistance-create = Segítségkérés létrehozása
cpms-assistance-required = A Tárgy és a Részletek mező kitöltése kötelező (legfeljebb 200, illetve 5000 karakter).
cpms-assistance-choose-member = Válassza ki a hálózat egyik tagját, akihez a kérést hozzárendeli.

## A kutató anonimizált jelentései

cpms-reports-counts-only = { $organisation }. Csak darabszámok: nevek, e-mail-címek és esetrészletek nélkül.
cpms-reports-by-area = Panelek tematikus területenként
cpms-reports-by-outcome = Lezárt panelek eredmény szerint
cpms-reports-panels = Panelek
cpms-reports-still-open = Még nyitott

## Oktatási üzemmód: EU Login nélkül bejelentkező tesztfiókok

cpms-training-title = Tesztfiókok
cpms-training-heading = Bejelentkezés tesztfiókkal
cpms-training-notice = Csak oktatáshoz: ezeket a fiókokat és adataikat a valódi felhasználóktól és adatoktól elkülönítve tároljuk.
cpms-training-account = Tesztfiók
cpms-training-sign-in = Bejelentkezés ezzel a tesztfiókkal
cpms-training-account-no-profile = { $username } ({ $name }): nincs CPMS-profil
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } – { $organisation }
cpms-training-choose-account = Válasszon egyet a tesztfiókok közül.

## Bejelentkezés EU Loginnal

cpms-sign-in-refused = Az EU Login válaszát nem tudtuk elfogadni. Kérjük, jelentkezzen be újra.
cpms-sign-in-two-factors = A CPMS kéttényezős hitelesítést igényel („substantial” vagy „high” megbízhatósági szint). Kérjük, jelentkezzen be újra, és válasszon egy ellenőrzési módszert, például a Mobiltelefon + SMS módszert.
cpms-sign-in-training-only = Ez az oktatási telepítés nem kapcsolódik az EU Loginhoz. Használja helyette a tesztfiókokat.
cpms-sign-in-expired = Ez a bejelentkezés lejárt vagy már felhasználták. Kérjük, jelentkezzen be újra.
cpms-sign-in-not-completed = Az EU Login nem fejezte be a bejelentkezést. Kérjük, próbálja újra.
cpms-sign-in-incomplete = A bejelentkezési válasz hiányos.

## Elutasított űrlapok

cpms-form-not-urlencoded = Az űrlapokat application/x-www-form-urlencoded formátumban kell elküldeni.
cpms-form-other-site = Az űrlapot egy másik webhelyről küldték.
cpms-form-too-large = Az űrlap több adatot küldött, mint amennyire bármelyik űrlapunknak szüksége van.
cpms-form-unreadable = Az űrlap nem olvasható.
cpms-form-malformed = Az űrlap hibás formátumú.
cpms-form-expired = Ez az űrlap lejárt, vagy nem a mi oldalainkról küldték. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.
cpms-form-wrong-kind = Az űrlap egyik mezője nem megfelelő típusú.

## Hibaoldalak

cpms-error-bad-request = Hiba van ezzel a kéréssel
cpms-error-form-refused = Ez az űrlap nem fogadható el
cpms-error-sign-in = Kérjük, jelentkezzen be
cpms-error-not-allowed = Profilja nem teszi lehetővé ennek az oldalnak a megtekintését
cpms-error-not-allowed-here = Ennél a szervezetnél lévő profiljai között nincs olyan, amelyre ennek az oldalnak szüksége van.
cpms-error-not-found = Az oldal nem található
cpms-error-not-found-text = Ezen a címen nincs oldal.
cpms-error-sign-in-not-completed = A bejelentkezés nem fejeződött be
cpms-error-unavailable = A szolgáltatás átmenetileg nem érhető el
cpms-error-unavailable-text = Az EU Login vagy a CPMS jelenleg nem tud válaszolni. Semmi sem változott; kérjük, egy perc múlva próbálja újra.
cpms-error-internal = Hiba történt a mi oldalunkon
cpms-error-internal-text = A hibát naplóztuk. Kérjük, próbálja újra; ha ismét előfordul, forduljon az ügyfélszolgálathoz.
cpms-error-page = Oldal
cpms-error-organisation = Szervezet
cpms-error-profiles-needed = Az oldalhoz ott szükséges profilok
cpms-error-profiles-held = Az Ön profiljai ott
cpms-error-no-profiles = nincs
cpms-error-request-another-profile = A CPMS másik profillal való használatára vonatkozó engedély kéréséhez kattintson ide
cpms-error-reference = Hivatkozási szám az ügyfélszolgálat számára:
cpms-error-start-page = Ugrás a kezdőlapra
