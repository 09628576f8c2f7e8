import type { Messages } from '../messages/types.ts';

/** Icelandic (is). */
export const messages: Messages = {
  locale: 'is',

  exceptions: {
    AliasExistsException:
      'Annar aðgangur notar þegar þetta {attribute}. Notaðu annað {attribute} eða skráðu þig inn á hinn aðganginn.',
    CodeDeliveryFailureException:
      'Ekki tókst að senda kóðann. Athugaðu hvort uppgefið {attribute} sé rétt og biddu svo um nýjan kóða.',
    CodeMismatchException: 'Kóðinn passar ekki við þann sem við sendum. Athugaðu kóðann og sláðu hann inn aftur.',
    ExpiredCodeException: 'Kóðinn er útrunninn. Biddu um nýjan kóða og sláðu hann svo inn hér.',
    ForbiddenException:
      'Við getum ekki tekið við þessari beiðni frá netinu þínu eins og er. Reyndu aftur síðar eða hafðu samband við þjónustuver ef þetta heldur áfram.',
    InternalErrorException: 'Vandamál kom upp í innskráningarþjónustunni. Reyndu aftur eftir nokkrar mínútur.',
    InvalidEmailRoleAccessPolicyException:
      'Við getum ekki sent tölvupóst eins og er vegna vandamáls hjá okkur. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    InvalidLambdaResponseException:
      'Ekki tókst að ljúka þessu vegna vandamáls hjá okkur. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    InvalidParameterException: 'Sumar upplýsingarnar sem voru sendar voru ekki samþykktar. Athugaðu þær og reyndu aftur.',
    InvalidPasswordException: 'Þetta lykilorð uppfyllir ekki reglurnar. Veldu annað lykilorð.',
    InvalidSmsRoleAccessPolicyException:
      'Við getum ekki sent SMS eins og er vegna vandamáls hjá okkur. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    InvalidSmsRoleTrustRelationshipException:
      'Ekki er hægt að senda SMS eins og er vegna villu í uppsetningu hjá okkur. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    LimitExceededException: 'Of margar tilraunir hafa verið gerðar. Bíddu í nokkrar mínútur og reyndu svo aftur.',
    NotAuthorizedException: 'Lotunni þinni er lokið. Skráðu þig inn aftur til að halda áfram.',
    OperationNotEnabledException:
      'Þetta er ekki í boði fyrir aðganginn þinn eins og er. Hafðu samband við þjónustuver ef þig vantar aðstoð.',
    PasswordHistoryPolicyViolationException:
      'Þú hefur notað þetta lykilorð áður. Veldu lykilorð sem þú hefur ekki notað nýlega.',
    PasswordResetRequiredException:
      'Þú þarft að endurstilla lykilorðið áður en þú getur haldið áfram. Endurstilltu það og skráðu þig svo inn aftur.',
    ResourceNotFoundException:
      'Þessi þjónusta er ekki rétt uppsett og því getum við ekki haldið áfram. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    TooManyFailedAttemptsException:
      'Of margar rangar tilraunir hafa verið gerðar. Bíddu í nokkrar mínútur áður en þú reynir aftur.',
    TooManyRequestsException: 'Of margar beiðnir hafa borist á stuttum tíma. Bíddu í eina mínútu og reyndu svo aftur.',
    UnexpectedLambdaException:
      'Eitthvað fór úrskeiðis þegar við athuguðum upplýsingarnar þínar. Reyndu aftur síðar eða hafðu samband við þjónustuver.',
    UserLambdaValidationException: 'Upplýsingarnar þínar voru ekki samþykktar. Athugaðu þær og reyndu aftur.',
    UserNotConfirmedException:
      'Aðgangurinn þinn hefur ekki enn verið staðfestur. Staðfestu hann með kóðanum sem við sendum þegar þú nýskráðir þig og skráðu þig svo inn aftur.',
    UserNotFoundException: 'Við finnum ekki aðganginn þinn. Honum gæti hafa verið lokað. Skráðu þig inn aftur til að halda áfram.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Annar aðgangur notar þegar þetta {attribute}. Skráðu þig inn á þann aðgang eða nýskráðu þig aftur og notaðu annað {attribute}.',
      InvalidParameterException:
        'Ekki tókst að staðfesta aðgang með þessum upplýsingum. Athugaðu notandanafnið og sláðu kóðann inn aftur.',
      LimitExceededException: 'Of oft hefur verið sleginn inn rangur kóði. Bíddu í nokkrar mínútur og sláðu kóðann svo inn aftur.',
      NotAuthorizedException:
        'Ekki er hægt að staðfesta þennan aðgang. Hann gæti hafa verið gerður óvirkur. Hafðu samband við þjónustuver ef þig vantar aðstoð.',
      TooManyFailedAttemptsException:
        'Of oft hefur verið sleginn inn rangur kóði. Bíddu í nokkrar mínútur áður en þú slærð kóðann inn aftur.',
      UserLambdaValidationException:
        'Ekki tókst að staðfesta aðganginn þinn því sumar upplýsingarnar þínar voru ekki samþykktar.',
      UserNotFoundException: 'Enginn aðgangur er með þetta notandanafn. Athugaðu notandanafnið og reyndu aftur.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Ekki tókst að senda nýjan kóða. Bíddu aðeins og biddu svo aftur um nýjan kóða.',
      InvalidParameterException:
        'Ekki tókst að senda nýjan kóða fyrir þennan aðgang. Ef aðgangurinn er þegar staðfestur skaltu frekar skrá þig inn.',
      LimitExceededException: 'Beðið hefur verið um of marga kóða. Bíddu í nokkrar mínútur áður en þú biður um annan.',
      NotAuthorizedException: 'Við getum ekki sent kóða fyrir þennan aðgang. Hafðu samband við þjónustuver ef þig vantar aðstoð.',
      UserLambdaValidationException: 'Ekki tókst að senda nýjan kóða því sumar upplýsingarnar þínar voru ekki samþykktar.',
      UserNotFoundException: 'Enginn aðgangur er með þetta notandanafn. Athugaðu notandanafnið og biddu svo aftur um kóða.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Annar aðgangur notar þegar þetta {attribute}. Sláðu inn annað {attribute}.',
      CodeDeliveryFailureException:
        'Ekki tókst að senda kóðann. Athugaðu hvort nýtt {attribute} sem þú slóst inn sé rétt og vistaðu svo aftur.',
      CodeMismatchException:
        'Kóðaathugun mistókst svo {attribute} þitt er óbreytt. Vistaðu breytinguna aftur til að fá nýjan kóða.',
      ExpiredCodeException: 'Kóðinn fyrir þessa breytingu er útrunninn. Vistaðu breytinguna aftur til að fá nýjan kóða.',
      InvalidParameterException: 'Ekki er hægt að nota þetta {attribute}. Athugaðu það og reyndu aftur.',
      PasswordResetRequiredException:
        'Þú þarft að endurstilla lykilorðið áður en þú getur uppfært {attribute} þitt. Endurstilltu það og skráðu þig svo inn aftur.',
      UserLambdaValidationException: 'Þetta {attribute} var ekki samþykkt. Athugaðu það eða sláðu inn annað.',
      UserNotConfirmedException:
        'Ekki er hægt að uppfæra {attribute} þitt fyrr en aðgangurinn þinn hefur verið staðfestur. Staðfestu aðganginn og reyndu svo aftur.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Ekki tókst að senda kóða. Athugaðu hvort {attribute} þitt sé rétt og biddu svo um nýjan kóða.',
      InvalidParameterException:
        'Ekki er hægt að staðfesta {attribute} þitt. Athugaðu hvort það sé vistað á aðganginum þínum og reyndu svo aftur.',
      LimitExceededException: 'Beðið hefur verið um of marga kóða. Bíddu í nokkrar mínútur áður en þú biður um annan.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Annar aðgangur notar þegar þetta {attribute} og því er ekki hægt að staðfesta það fyrir þinn aðgang. Notaðu annað {attribute}.',
      InvalidParameterException:
        'Ekki tókst að staðfesta {attribute} þitt með þessum kóða. Biddu um nýjan kóða og sláðu hann svo inn hér.',
      LimitExceededException: 'Of oft hefur verið sleginn inn rangur kóði. Bíddu í nokkrar mínútur og sláðu kóðann svo inn aftur.',
    },
    GetUser: {
      InvalidParameterException: 'Ekki tókst að athuga upplýsingar aðgangsins þíns. Skráðu þig inn aftur til að halda áfram.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'Ekki tókst að senda endurstillingarkóða. Bíddu aðeins og biddu svo aftur um kóða.',
      InvalidParameterException:
        'Ekki tókst að senda endurstillingarkóða fyrir þennan aðgang. Hafðu samband við þjónustuver ef þig vantar aðstoð við að skrá þig inn.',
      LimitExceededException:
        'Beðið hefur verið um of marga endurstillingarkóða. Bíddu í nokkrar mínútur áður en þú biður um annan.',
      NotAuthorizedException:
        'Ekki er hægt að endurstilla lykilorð þessa aðgangs hér. Hafðu samband við þjónustuver ef þig vantar aðstoð.',
      OperationNotEnabledException:
        'Ekki er hægt að endurstilla lykilorð hér eins og er. Hafðu samband við þjónustuver ef þig vantar aðstoð við að skrá þig inn.',
      UserLambdaValidationException:
        'Ekki tókst að senda endurstillingarkóða því sumar upplýsingarnar þínar voru ekki samþykktar.',
      UserNotFoundException:
        'Ekki tókst að senda kóða fyrir þetta notandanafn. Athugaðu notandanafnið og reyndu aftur.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Ekki tókst að endurstilla lykilorðið með þessum upplýsingum. Athugaðu kóðann og nýja lykilorðið og reyndu svo aftur.',
      LimitExceededException:
        'Of oft hefur verið sleginn inn rangur kóði. Bíddu í nokkrar mínútur og sláðu kóðann svo inn aftur.',
      NotAuthorizedException:
        'Ekki er hægt að endurstilla lykilorð þessa aðgangs hér. Hafðu samband við þjónustuver ef þig vantar aðstoð.',
      OperationNotEnabledException:
        'Ekki er hægt að endurstilla lykilorð hér eins og er. Hafðu samband við þjónustuver ef þig vantar aðstoð við að skrá þig inn.',
      TooManyFailedAttemptsException:
        'Of oft hefur verið sleginn inn rangur kóði. Bíddu í nokkrar mínútur áður en þú slærð kóðann inn aftur.',
      UserLambdaValidationException:
        'Ekki tókst að breyta lykilorðinu þínu því sumar upplýsingarnar þínar voru ekki samþykktar.',
      UserNotConfirmedException:
        'Aðgangurinn þinn hefur ekki enn verið staðfestur. Staðfestu hann með kóðanum sem við sendum þegar þú nýskráðir þig og endurstilltu svo lykilorðið.',
      UserNotFoundException:
        'Ekki tókst að endurstilla lykilorðið fyrir þetta notandanafn. Athugaðu notandanafnið og reyndu aftur.',
    },
  },

  local: {
    ValidationError: 'Athugaðu upplýsingarnar sem þú slóst inn og reyndu aftur.',
    NetworkError: 'Ekki tókst að tengjast. Athugaðu nettenginguna og reyndu aftur.',
    TimeoutError: 'Þetta tekur of langan tíma. Athugaðu nettenginguna og reyndu aftur.',
    AbortError: '',
    SessionExpiredError: 'Innskráningin þín er runnin út. Skráðu þig inn aftur til að halda áfram.',
    UnknownError: 'Eitthvað fór úrskeiðis. Reyndu aftur eða hafðu samband við þjónustuver ef þetta heldur áfram.',
  },

  validation: {
    code: {
      required: 'Sláðu inn kóðann sem við sendum þér',
      tooLong: 'Sláðu aðeins inn kóðann úr skilaboðunum',
      pattern: 'Sláðu kóðann inn nákvæmlega eins og hann birtist í skilaboðunum',
      format: 'Sláðu kóðann inn á réttu sniði, t.d. 123456',
      incomplete: { one: 'Sláðu inn {length} tölustaf kóðans', other: 'Sláðu inn alla {length} tölustafi kóðans' },
    },
    username: {
      required: 'Sláðu inn notandanafnið þitt',
      tooLong: 'Notandanafn má ekki vera lengra en 128 stafir',
      pattern: 'Notandanafn má ekki innihalda bil',
      format: 'Sláðu inn notandanafnið á réttu sniði',
    },
    password: {
      required: 'Sláðu inn nýtt lykilorð',
      tooLong: 'Lykilorð má ekki vera lengra en 256 stafir',
      pattern: 'Lykilorð má hvorki byrja né enda á bili',
      format: 'Veldu lykilorð sem uppfyllir allar reglurnar á listanum',
    },
    attributeName: {
      required: 'Veldu hvað á að staðfesta',
      tooLong: 'Heiti reits má ekki vera lengra en 32 stafir',
      pattern: 'Heiti reits má ekki innihalda bil',
      format: 'Sláðu inn heiti reits á réttu sniði',
    },
    value: {
      required: 'Sláðu inn {attribute} þitt',
      tooLong: 'Uppgefið {attribute} má ekki vera lengra en 2.048 stafir',
      pattern: 'Uppgefið {attribute} inniheldur stafi sem ekki er hægt að nota',
      format: 'Sláðu inn {attribute} þitt á réttu sniði',
    },
    valueByAttribute: {
      email: {
        format: 'Sláðu inn netfang á réttu sniði, t.d. nafn@example.com',
      },
      phone_number: {
        pattern: 'Sláðu inn símanúmer með landsnúmeri, t.d. +15555550123',
        format: 'Sláðu inn símanúmer með landsnúmeri, t.d. +15555550123',
      },
    },
    configuration: {
      required:
        'Á þessa síðu vantar upplýsingar um uppsetningu. Reyndu aftur síðar eða hafðu samband við þjónustuver ef þetta heldur áfram',
      tooLong:
        'Þessi síða sendi of langar uppsetningarupplýsingar. Reyndu aftur síðar eða hafðu samband við þjónustuver ef þetta heldur áfram',
      pattern:
        'Þessi síða sendi uppsetningarupplýsingar sem ekki er hægt að nota. Reyndu aftur síðar eða hafðu samband við þjónustuver ef þetta heldur áfram',
      format:
        'Þessi síða sendi uppsetningarupplýsingar á röngu sniði. Reyndu aftur síðar eða hafðu samband við þjónustuver ef þetta heldur áfram',
    },
    accessToken: {
      required: 'Skráðu þig inn til að halda áfram',
    },
  },

  attributes: {
    email: { noun: 'netfang', label: 'Netfang' },
    phone_number: { noun: 'símanúmer', label: 'Símanúmer' },
    given_name: { noun: 'fornafn', label: 'Fornafn' },
    family_name: { noun: 'eftirnafn', label: 'Eftirnafn' },
    preferred_username: { noun: 'notandanafn', label: 'Valið notandanafn' },
  },

  ui: {
    confirmationCodeLabel: 'Staðfestingarkóði',
    verificationCodeLabel: 'Staðfestingarkóði',
    confirm: 'Staðfesta',
    verify: 'Staðfesta',
    save: 'Vista',
    resendCode: 'Senda kóða aftur',
    sendCode: 'Senda kóða',
    resendCodeIn: 'Senda kóða aftur eftir {time}',
    codeSent: 'Við sendum kóða á {destination}.',
    codeSentByEmail: 'Við sendum kóða í tölvupósti á {destination}.',
    codeSentBySms: 'Við sendum kóða með SMS á {destination}.',
    codeSentNoDestination: 'Við sendum þér kóða.',
    newCodeSent: 'Við sendum nýjan kóða á {destination}.',
    resendAvailable: 'Nú getur þú beðið um nýjan kóða.',
    confirmed: 'Aðgangurinn þinn er staðfestur.',
    alreadyConfirmed: 'Aðgangurinn þinn er þegar staðfestur. Þú getur skráð þig inn.',
    verified: 'Búið er að staðfesta {attribute} þitt.',
    saved: 'Búið er að vista {attribute} þitt.',
    pendingTitle: 'Staðfestu nýtt {attribute}',
    pendingBody: 'Núverandi {attribute} þitt gildir áfram þar til þú staðfestir {value}.',
    unverifiedTitle: 'Ekki er búið að staðfesta {attribute} þitt',
    unverifiedBody: 'Staðfesta þarf {value} áður en hægt er að nota það.',
    cancelChange: 'Hætta við breytingu',
    tryAgain: 'Reyna aftur',
    signInAgain: 'Skrá inn aftur',
    useThisAnyway: 'Nota fyrir þennan aðgang í staðinn',
    useThisAnywayHint: 'Ekki verður lengur hægt að nota þetta {attribute} til að skrá sig inn á hinn aðganginn.',
    waitUntil: 'Reyndu aftur eftir {time}.',
    codeHint: { one: 'Sláðu inn {length} stafa kóðann', other: 'Sláðu inn {length} stafa kóðann' },
    codeNotSentYet: 'Við höfum ekki sent kóða enn. Biddu um kóða og sláðu hann svo inn hér.',
    loading: 'Sæki {attribute} þitt…',
    codeHintAnyLength: 'Sláðu inn kóðann úr skilaboðunum',
    submitting: 'Athugar…',
    sending: 'Sendir…',
    saving: 'Vistar…',
    errorPrefix: 'Villa:',
    attributeFallback: 'netfang eða símanúmer',
    usernameLabel: 'Notandanafn',
    resetPasswordHint: 'Við sendum kóða á netfangið eða símanúmerið sem er skráð á aðganginn þinn.',
    newPasswordLabel: 'Nýtt lykilorð',
    showPassword: 'Sýna lykilorð',
    hidePassword: 'Fela lykilorð',
    passwordRulesTitle: 'Lykilorðið þarf að innihalda',
    passwordMinLength: { one: 'Að minnsta kosti {count} staf', other: 'Að minnsta kosti {count} stafi' },
    passwordLowercase: 'Lágstaf',
    passwordUppercase: 'Hástaf',
    passwordNumber: 'Tölustaf',
    passwordSymbol: 'Tákn, t.d. ! eða @',
    ruleMet: 'Uppfyllt:',
    ruleNotMet: 'Vantar enn:',
    passwordRulesLeft: { one: '{count} regla er enn óuppfyllt', other: '{count} reglur eru enn óuppfylltar' },
    passwordRulesAllMet: 'Lykilorðið uppfyllir allar reglurnar.',
    resetPassword: 'Endurstilla lykilorð',
    resettingPassword: 'Endurstillir…',
    passwordChanged: 'Lykilorðinu þínu hefur verið breytt. Skráðu þig inn með nýja lykilorðinu.',
    signIn: 'Skrá inn',
    confirmAccount: 'Staðfesta aðganginn',
    useAnotherUsername: 'Nota annað notandanafn',
  },
};
