import type { Messages } from '../messages/types.ts';

/** Croatian (hr). */
export const messages: Messages = {
  locale: 'hr',

  exceptions: {
    AliasExistsException:
      'Ovaj {attribute} već se koristi na drugom računu. Upotrijebite drugi {attribute} ili se prijavite na taj račun.',
    CodeDeliveryFailureException:
      'Nismo uspjeli poslati kôd. Provjerite je li {attribute} točan pa zatražite novi kôd.',
    CodeMismatchException: 'Taj se kôd ne podudara s onim koji smo poslali. Provjerite kôd i unesite ga ponovno.',
    ExpiredCodeException: 'Taj je kôd istekao. Zatražite novi kôd pa ga unesite ovdje.',
    ForbiddenException:
      'Trenutačno ne možemo prihvatiti ovaj zahtjev s vaše mreže. Pokušajte ponovno kasnije ili se obratite podršci ako se to nastavi događati.',
    InternalErrorException: 'Došlo je do problema s uslugom prijave. Pokušajte ponovno za nekoliko minuta.',
    InvalidEmailRoleAccessPolicyException:
      'Trenutačno ne možemo slati e-poruke zbog problema na našoj strani. Pokušajte ponovno kasnije ili se obratite podršci.',
    InvalidLambdaResponseException:
      'Nismo uspjeli dovršiti radnju zbog problema na našoj strani. Pokušajte ponovno kasnije ili se obratite podršci.',
    InvalidParameterException: 'Neki od poslanih podataka nisu prihvaćeni. Provjerite ih i pokušajte ponovno.',
    InvalidPasswordException: 'Ova lozinka ne ispunjava pravila. Odaberite drugu lozinku.',
    InvalidSmsRoleAccessPolicyException:
      'Trenutačno ne možemo slati SMS poruke zbog problema na našoj strani. Pokušajte ponovno kasnije ili se obratite podršci.',
    InvalidSmsRoleTrustRelationshipException:
      'SMS poruke trenutačno se ne mogu slati zbog problema s postavkama na našoj strani. Pokušajte ponovno kasnije ili se obratite podršci.',
    LimitExceededException: 'Bilo je previše pokušaja. Pričekajte nekoliko minuta pa pokušajte ponovno.',
    NotAuthorizedException: 'Sesija je završila. Za nastavak se ponovno prijavite.',
    OperationNotEnabledException: 'Ovo trenutačno nije dostupno za vaš račun. Ako trebate pomoć, obratite se podršci.',
    PasswordHistoryPolicyViolationException:
      'Ovu ste lozinku već upotrebljavali. Odaberite lozinku koju niste nedavno upotrebljavali.',
    PasswordResetRequiredException:
      'Prije nastavka morate ponovno postaviti lozinku. Postavite novu lozinku pa se ponovno prijavite.',
    ResourceNotFoundException:
      'Usluga nije ispravno postavljena pa ne možemo nastaviti. Pokušajte ponovno kasnije ili se obratite podršci.',
    TooManyFailedAttemptsException:
      'Bilo je previše neuspjelih pokušaja. Pričekajte nekoliko minuta prije novog pokušaja.',
    TooManyRequestsException: 'Bilo je previše zahtjeva u kratkom vremenu. Pričekajte minutu pa pokušajte ponovno.',
    UnexpectedLambdaException:
      'Nešto je pošlo po zlu dok smo provjeravali vaše podatke. Pokušajte ponovno kasnije ili se obratite podršci.',
    UserLambdaValidationException: 'Vaši podaci nisu prihvaćeni. Provjerite ih i pokušajte ponovno.',
    UserNotConfirmedException:
      'Vaš račun još nije potvrđen. Potvrdite ga kôdom koji smo poslali pri registraciji pa se ponovno prijavite.',
    UserNotFoundException: 'Ne možemo pronaći vaš račun. Možda je zatvoren. Za nastavak se ponovno prijavite.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Ovaj {attribute} već se koristi na drugom računu. Prijavite se na taj račun ili se ponovno registrirajte i upišite drugi {attribute}.',
      InvalidParameterException:
        'Nismo uspjeli potvrditi račun s ovim podacima. Provjerite korisničko ime pa ponovno unesite kôd.',
      LimitExceededException: 'Uneseno je previše pogrešnih kôdova. Pričekajte nekoliko minuta pa ponovno unesite kôd.',
      NotAuthorizedException:
        'Ovaj račun nije moguće potvrditi. Možda je onemogućen. Ako trebate pomoć, obratite se podršci.',
      TooManyFailedAttemptsException:
        'Uneseno je previše pogrešnih kôdova. Pričekajte nekoliko minuta prije nego što ponovno unesete kôd.',
      UserLambdaValidationException:
        'Nismo uspjeli potvrditi vaš račun jer neki vaši podaci nisu prihvaćeni.',
      UserNotFoundException:
        'Ne postoji račun s tim korisničkim imenom. Provjerite korisničko ime i pokušajte ponovno.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nismo uspjeli poslati novi kôd. Pričekajte trenutak pa ponovno zatražite novi kôd.',
      InvalidParameterException:
        'Nismo uspjeli poslati novi kôd za ovaj račun. Ako je račun već potvrđen, jednostavno se prijavite.',
      LimitExceededException: 'Zatraženo je previše kôdova. Pričekajte nekoliko minuta prije nego što zatražite novi.',
      NotAuthorizedException: 'Ne možemo poslati kôd za ovaj račun. Ako trebate pomoć, obratite se podršci.',
      UserLambdaValidationException: 'Nismo uspjeli poslati novi kôd jer neki vaši podaci nisu prihvaćeni.',
      UserNotFoundException:
        'Ne postoji račun s tim korisničkim imenom. Provjerite korisničko ime pa ponovno zatražite kôd.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Ovaj {attribute} već se koristi na drugom računu. Upišite drugi {attribute}.',
      CodeDeliveryFailureException:
        'Nismo uspjeli poslati kôd na novi {attribute}. Provjerite je li točan pa ga ponovno spremite.',
      CodeMismatchException:
        'Vaš {attribute} nije promijenjen jer provjera kôda nije uspjela. Ponovno spremite promjenu da biste dobili novi kôd.',
      ExpiredCodeException:
        'Kôd za ovu promjenu je istekao. Ponovno spremite promjenu da biste dobili novi kôd.',
      InvalidParameterException: 'Ovaj {attribute} nije moguće upotrijebiti. Provjerite ga i pokušajte ponovno.',
      PasswordResetRequiredException:
        'Prije nego što promijenite {attribute}, morate ponovno postaviti lozinku. Postavite novu lozinku pa se ponovno prijavite.',
      UserLambdaValidationException: 'Ovaj {attribute} nije prihvaćen. Provjerite ga ili upišite drugi.',
      UserNotConfirmedException:
        'Tek kad potvrdite račun, moći ćete promijeniti {attribute}. Potvrdite račun pa pokušajte ponovno.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nismo uspjeli poslati kôd na vaš {attribute}. Provjerite je li točan pa zatražite novi kôd.',
      InvalidParameterException:
        'Vaš {attribute} nije moguće potvrditi. Provjerite je li spremljen na vašem računu pa pokušajte ponovno.',
      LimitExceededException: 'Zatraženo je previše kôdova. Pričekajte nekoliko minuta prije nego što zatražite novi.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Ovaj {attribute} već se koristi na drugom računu pa ga ne možete potvrditi za svoj. Upotrijebite drugi {attribute}.',
      InvalidParameterException:
        'Nismo uspjeli potvrditi vaš {attribute} ovim kôdom. Zatražite novi kôd pa ga unesite ovdje.',
      LimitExceededException: 'Uneseno je previše pogrešnih kôdova. Pričekajte nekoliko minuta pa ponovno unesite kôd.',
    },
    GetUser: {
      InvalidParameterException: 'Nismo uspjeli provjeriti podatke vašeg računa. Za nastavak se ponovno prijavite.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nismo uspjeli poslati kôd za postavljanje nove lozinke. Pričekajte trenutak pa ponovno zatražite kôd.',
      InvalidParameterException:
        'Nismo uspjeli poslati kôd za postavljanje nove lozinke za ovaj račun. Ako vam treba pomoć s prijavom, obratite se podršci.',
      LimitExceededException:
        'Zatraženo je previše kôdova za postavljanje nove lozinke. Pričekajte nekoliko minuta prije nego što zatražite novi.',
      NotAuthorizedException:
        'Lozinku ovog računa ovdje nije moguće ponovno postaviti. Ako trebate pomoć, obratite se podršci.',
      OperationNotEnabledException:
        'Lozinke se ovdje trenutačno ne mogu ponovno postaviti. Ako vam treba pomoć s prijavom, obratite se podršci.',
      UserLambdaValidationException:
        'Nismo uspjeli poslati kôd za postavljanje nove lozinke jer neki vaši podaci nisu prihvaćeni.',
      UserNotFoundException:
        'Nismo uspjeli poslati kôd za to korisničko ime. Provjerite korisničko ime i pokušajte ponovno.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Nismo uspjeli postaviti novu lozinku s ovim podacima. Provjerite kôd i novu lozinku pa pokušajte ponovno.',
      LimitExceededException: 'Uneseno je previše pogrešnih kôdova. Pričekajte nekoliko minuta pa ponovno unesite kôd.',
      NotAuthorizedException:
        'Lozinku ovog računa ovdje nije moguće ponovno postaviti. Ako trebate pomoć, obratite se podršci.',
      OperationNotEnabledException:
        'Lozinke se ovdje trenutačno ne mogu ponovno postaviti. Ako vam treba pomoć s prijavom, obratite se podršci.',
      TooManyFailedAttemptsException:
        'Uneseno je previše pogrešnih kôdova. Pričekajte nekoliko minuta prije nego što ponovno unesete kôd.',
      UserLambdaValidationException: 'Nismo uspjeli promijeniti lozinku jer neki vaši podaci nisu prihvaćeni.',
      UserNotConfirmedException:
        'Vaš račun još nije potvrđen. Potvrdite ga kôdom koji smo poslali pri registraciji pa postavite novu lozinku.',
      UserNotFoundException:
        'Nismo uspjeli postaviti novu lozinku za to korisničko ime. Provjerite korisničko ime i pokušajte ponovno.',
    },
  },

  local: {
    ValidationError: 'Provjerite unesene podatke i pokušajte ponovno.',
    NetworkError: 'Povezivanje nije uspjelo. Provjerite internetsku vezu i pokušajte ponovno.',
    TimeoutError: 'Ovo traje predugo. Provjerite internetsku vezu i pokušajte ponovno.',
    AbortError: '',
    SessionExpiredError: 'Odjavljeni ste. Za nastavak se ponovno prijavite.',
    UnknownError: 'Nešto je pošlo po zlu. Pokušajte ponovno ili se obratite podršci ako se to nastavi događati.',
  },

  validation: {
    code: {
      required: 'Unesite kôd koji smo vam poslali',
      tooLong: 'Unesite samo kôd iz poruke',
      pattern: 'Unesite kôd točno onako kako je naveden u poruci',
      format: 'Unesite kôd u ispravnom obliku, npr. 123456',
      incomplete: {
        one: 'Unesite {length} znamenku kôda',
        few: 'Unesite sve {length} znamenke kôda',
        other: 'Unesite svih {length} znamenki kôda',
      },
    },
    username: {
      required: 'Unesite korisničko ime',
      tooLong: 'Korisničko ime može imati najviše 128 znakova',
      pattern: 'Korisničko ime ne smije sadržavati razmake',
      format: 'Unesite korisničko ime u ispravnom obliku',
    },
    password: {
      required: 'Unesite novu lozinku',
      tooLong: 'Lozinka može imati najviše 256 znakova',
      pattern: 'Lozinka ne smije počinjati ni završavati razmakom',
      format: 'Odaberite lozinku koja ispunjava sva pravila s popisa',
    },
    attributeName: {
      required: 'Odaberite što želite potvrditi',
      tooLong: 'Naziv polja može imati najviše 32 znaka',
      pattern: 'Naziv polja ne smije sadržavati razmake',
      format: 'Unesite naziv polja u ispravnom obliku',
    },
    value: {
      required: 'Unesite svoj {attribute}',
      tooLong: 'Vaš {attribute} može imati najviše 2048 znakova',
      pattern: 'Vaš {attribute} sadrži znakove koji nisu dopušteni',
      format: 'Unesite svoj {attribute} u ispravnom obliku',
    },
    valueByAttribute: {
      email: {
        format: 'Unesite adresu e-pošte u ispravnom obliku, npr. name@example.com',
      },
      phone_number: {
        pattern: 'Unesite broj telefona s pozivnim brojem države, npr. +15555550123',
        format: 'Unesite broj telefona s pozivnim brojem države, npr. +15555550123',
      },
    },
    configuration: {
      required:
        'Na ovoj stranici nedostaju neki podaci za postavljanje. Pokušajte ponovno kasnije ili se obratite podršci ako se to nastavi događati',
      tooLong:
        'Ova je stranica poslala predugačke podatke za postavljanje. Pokušajte ponovno kasnije ili se obratite podršci ako se to nastavi događati',
      pattern:
        'Ova je stranica poslala podatke za postavljanje koji se ne mogu upotrijebiti. Pokušajte ponovno kasnije ili se obratite podršci ako se to nastavi događati',
      format:
        'Ova je stranica poslala podatke za postavljanje u pogrešnom obliku. Pokušajte ponovno kasnije ili se obratite podršci ako se to nastavi događati',
    },
    accessToken: {
      required: 'Prijavite se za nastavak',
    },
  },

  attributes: {
    email: { noun: 'e-mail', label: 'E-pošta' },
    phone_number: { noun: 'broj telefona', label: 'Broj telefona' },
    given_name: { noun: 'ime', label: 'Ime' },
    family_name: { noun: 'prezime', label: 'Prezime' },
    preferred_username: { noun: 'željeno korisničko ime', label: 'Željeno korisničko ime' },
  },

  ui: {
    confirmationCodeLabel: 'Kôd za potvrdu',
    verificationCodeLabel: 'Kôd za provjeru',
    confirm: 'Potvrdi',
    verify: 'Potvrdi',
    save: 'Spremi',
    resendCode: 'Ponovno pošalji kôd',
    sendCode: 'Pošalji kôd',
    resendCodeIn: 'Ponovno slanje kôda za {time}',
    codeSent: 'Poslali smo kôd na {destination}.',
    codeSentByEmail: 'Poslali smo kôd e-poštom na {destination}.',
    codeSentBySms: 'Poslali smo kôd SMS porukom na {destination}.',
    codeSentNoDestination: 'Poslali smo vam kôd.',
    newCodeSent: 'Poslali smo novi kôd na {destination}.',
    resendAvailable: 'Sada možete zatražiti novi kôd.',
    confirmed: 'Vaš je račun potvrđen.',
    alreadyConfirmed: 'Vaš je račun već potvrđen. Možete se prijaviti.',
    verified: 'Vaš je {attribute} potvrđen.',
    saved: 'Vaš je {attribute} spremljen.',
    pendingTitle: 'Potvrdite svoj novi {attribute}',
    pendingBody: 'Vaš trenutačni {attribute} vrijedi dok ne potvrdite {value}.',
    unverifiedTitle: 'Vaš {attribute} nije potvrđen',
    unverifiedBody: 'Prije nego što počnete upotrebljavati {value}, potrebno ga je potvrditi.',
    cancelChange: 'Odustani od promjene',
    tryAgain: 'Pokušaj ponovno',
    signInAgain: 'Ponovno se prijavi',
    useThisAnyway: 'Ipak upotrijebi za ovaj račun',
    useThisAnywayHint: 'Drugi račun više neće moći upotrebljavati ovaj {attribute} za prijavu.',
    waitUntil: 'Pokušajte ponovno nakon {time}.',
    codeHint: {
      one: 'Unesite {length}-znamenkasti kôd',
      few: 'Unesite {length}-znamenkasti kôd',
      other: 'Unesite {length}-znamenkasti kôd',
    },
    codeNotSentYet: 'Još vam nismo poslali kôd. Zatražite ga pa ga unesite ovdje.',
    loading: 'Učitavamo vaš {attribute}…',
    codeHintAnyLength: 'Unesite kôd iz poruke',
    submitting: 'Provjeravamo…',
    sending: 'Šaljemo…',
    saving: 'Spremamo…',
    errorPrefix: 'Pogreška:',
    attributeFallback: 'e-mail ili broj telefona',
    usernameLabel: 'Korisničko ime',
    resetPasswordHint: 'Poslat ćemo kôd na e-mail ili broj telefona povezan s vašim računom.',
    newPasswordLabel: 'Nova lozinka',
    showPassword: 'Prikaži lozinku',
    hidePassword: 'Sakrij lozinku',
    passwordRulesTitle: 'Lozinka mora sadržavati',
    passwordMinLength: {
      one: 'Najmanje {count} znak',
      few: 'Najmanje {count} znaka',
      other: 'Najmanje {count} znakova',
    },
    passwordLowercase: 'Malo slovo',
    passwordUppercase: 'Veliko slovo',
    passwordNumber: 'Broj',
    passwordSymbol: 'Poseban znak, npr. ! ili @',
    ruleMet: 'Ispunjeno:',
    ruleNotMet: 'Još nedostaje:',
    passwordRulesLeft: {
      one: 'Još {count} pravilo za lozinku nije ispunjeno',
      few: 'Još {count} pravila za lozinku nisu ispunjena',
      other: 'Još {count} pravila za lozinku nije ispunjeno',
    },
    passwordRulesAllMet: 'Lozinka ispunjava sva pravila.',
    resetPassword: 'Postavi novu lozinku',
    resettingPassword: 'Mijenjamo lozinku…',
    passwordChanged: 'Lozinka je promijenjena. Prijavite se novom lozinkom.',
    signIn: 'Prijavi se',
    confirmAccount: 'Potvrdi račun',
    useAnotherUsername: 'Upotrijebi drugo korisničko ime',
  },
};
