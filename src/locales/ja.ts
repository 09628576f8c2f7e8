import type { Messages } from '../messages/types.ts';

/** Japanese (ja). */
export const messages: Messages = {
  locale: 'ja',

  exceptions: {
    AliasExistsException:
      'この{attribute}は別のアカウントですでに使われています。別の{attribute}を使うか、そのアカウントにログインしてください。',
    CodeDeliveryFailureException:
      'コードを送信できませんでした。{attribute}が正しいか確認してから、新しいコードをリクエストしてください。',
    CodeMismatchException: '入力されたコードが、お送りしたコードと一致しません。コードを確認して、もう一度入力してください。',
    ExpiredCodeException: 'このコードは有効期限が切れています。新しいコードをリクエストして、ここに入力してください。',
    ForbiddenException:
      '現在、お使いのネットワークからのリクエストを受け付けられません。しばらくしてからもう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください。',
    InternalErrorException: 'ログインサービスで問題が発生しています。数分後にもう一度お試しください。',
    InvalidEmailRoleAccessPolicyException:
      '当社側の問題により、現在メールを送信できません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    InvalidLambdaResponseException:
      '当社側の問題により、処理を完了できませんでした。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    InvalidParameterException: '送信された情報の一部を受け付けられませんでした。内容を確認して、もう一度お試しください。',
    InvalidPasswordException: 'このパスワードは条件を満たしていません。別のパスワードを設定してください。',
    InvalidSmsRoleAccessPolicyException:
      '当社側の問題により、現在SMSを送信できません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    InvalidSmsRoleTrustRelationshipException:
      '当社側の設定の問題により、現在SMSを送信できません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    LimitExceededException: '試行回数が多すぎます。数分待ってから、もう一度お試しください。',
    NotAuthorizedException: 'セッションが終了しました。続けるには、もう一度ログインしてください。',
    OperationNotEnabledException: 'この機能は現在、お使いのアカウントではご利用いただけません。お困りの場合はサポートにお問い合わせください。',
    PasswordHistoryPolicyViolationException: 'このパスワードは以前に使用されています。最近使っていないパスワードを設定してください。',
    PasswordResetRequiredException:
      '続けるには、パスワードの再設定が必要です。パスワードを再設定してから、もう一度ログインしてください。',
    ResourceNotFoundException:
      'このサービスが正しく設定されていないため、続けられません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    TooManyFailedAttemptsException:
      '誤った入力が多すぎます。数分待ってから、もう一度お試しください。',
    TooManyRequestsException: '短時間にリクエストが集中しました。1分ほど待ってから、もう一度お試しください。',
    UnexpectedLambdaException:
      'お客様の情報の確認中に問題が発生しました。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。',
    UserLambdaValidationException: '入力された情報を受け付けられませんでした。内容を確認して、もう一度お試しください。',
    UserNotConfirmedException:
      'アカウントの確認がまだ完了していません。登録時にお送りしたコードで確認してから、もう一度ログインしてください。',
    UserNotFoundException:
      'アカウントが見つかりません。アカウントが削除された可能性があります。続けるには、もう一度ログインしてください。',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'この{attribute}は別のアカウントですでに使われています。そのアカウントにログインするか、別の{attribute}でもう一度登録してください。',
      InvalidParameterException:
        'この情報ではアカウントを確認できませんでした。ユーザー名を確認してから、コードをもう一度入力してください。',
      LimitExceededException: '誤ったコードの入力が多すぎます。数分待ってから、コードをもう一度入力してください。',
      NotAuthorizedException:
        'このアカウントは確認できません。アカウントが無効になっている可能性があります。お困りの場合はサポートにお問い合わせください。',
      TooManyFailedAttemptsException:
        '誤ったコードの入力が多すぎます。数分待ってから、コードをもう一度入力してください。',
      UserLambdaValidationException:
        '入力された情報の一部を受け付けられなかったため、アカウントを確認できませんでした。',
      UserNotFoundException: 'このユーザー名のアカウントはありません。ユーザー名を確認して、もう一度お試しください。',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: '新しいコードを送信できませんでした。少し待ってから、もう一度新しいコードをリクエストしてください。',
      InvalidParameterException:
        'このアカウントには新しいコードを送信できませんでした。アカウントの確認がすでに済んでいる場合は、そのままログインしてください。',
      LimitExceededException: 'コードのリクエストが多すぎます。数分待ってから、もう一度リクエストしてください。',
      NotAuthorizedException: 'このアカウントにはコードを送信できません。お困りの場合はサポートにお問い合わせください。',
      UserLambdaValidationException: '入力された情報の一部を受け付けられなかったため、新しいコードを送信できませんでした。',
      UserNotFoundException:
        'このユーザー名のアカウントはありません。ユーザー名を確認してから、もう一度コードをリクエストしてください。',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'この{attribute}は別のアカウントですでに使われています。別の{attribute}を入力してください。',
      CodeDeliveryFailureException:
        '新しい{attribute}にコードを送信できませんでした。正しいか確認してから、もう一度保存してください。',
      CodeMismatchException:
        'コードの確認に失敗したため、{attribute}は変更されていません。新しいコードを受け取るには、変更をもう一度保存してください。',
      ExpiredCodeException:
        'この変更のコードは有効期限が切れています。新しいコードを受け取るには、変更をもう一度保存してください。',
      InvalidParameterException: 'この{attribute}は使用できません。内容を確認して、もう一度お試しください。',
      PasswordResetRequiredException:
        '{attribute}を変更するには、パスワードの再設定が必要です。パスワードを再設定してから、もう一度ログインしてください。',
      UserLambdaValidationException: 'この{attribute}は受け付けられませんでした。内容を確認するか、別のものを入力してください。',
      UserNotConfirmedException:
        'アカウントの確認が完了するまで、{attribute}は変更できません。アカウントを確認してから、もう一度お試しください。',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        '{attribute}にコードを送信できませんでした。正しいか確認してから、新しいコードをリクエストしてください。',
      InvalidParameterException:
        '{attribute}を認証できません。アカウントに登録されているか確認してから、もう一度お試しください。',
      LimitExceededException: 'コードのリクエストが多すぎます。数分待ってから、もう一度リクエストしてください。',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'この{attribute}は別のアカウントですでに使われているため、お使いのアカウントでは認証できません。別の{attribute}をお使いください。',
      InvalidParameterException:
        'このコードでは{attribute}を認証できませんでした。新しいコードをリクエストして、ここに入力してください。',
      LimitExceededException: '誤ったコードの入力が多すぎます。数分待ってから、コードをもう一度入力してください。',
    },
    GetUser: {
      InvalidParameterException: 'アカウント情報を確認できませんでした。続けるには、もう一度ログインしてください。',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: '再設定用のコードを送信できませんでした。少し待ってから、もう一度コードをリクエストしてください。',
      InvalidParameterException: 'このアカウントには再設定用のコードを送信できませんでした。ログインでお困りの場合はサポートにお問い合わせください。',
      LimitExceededException: '再設定用のコードのリクエストが多すぎます。数分待ってから、もう一度リクエストしてください。',
      NotAuthorizedException: 'このアカウントのパスワードは、ここでは再設定できません。お困りの場合はサポートにお問い合わせください。',
      OperationNotEnabledException: '現在、ここではパスワードを再設定できません。ログインでお困りの場合はサポートにお問い合わせください。',
      UserLambdaValidationException: '入力された情報の一部を受け付けられなかったため、再設定用のコードを送信できませんでした。',
      UserNotFoundException: 'このユーザー名にはコードを送信できませんでした。ユーザー名を確認して、もう一度お試しください。',
    },
    ConfirmForgotPassword: {
      InvalidParameterException: 'この内容ではパスワードを再設定できませんでした。コードと新しいパスワードを確認して、もう一度お試しください。',
      LimitExceededException: '誤ったコードの入力が多すぎます。数分待ってから、コードをもう一度入力してください。',
      NotAuthorizedException: 'このアカウントのパスワードは、ここでは再設定できません。お困りの場合はサポートにお問い合わせください。',
      OperationNotEnabledException: '現在、ここではパスワードを再設定できません。ログインでお困りの場合はサポートにお問い合わせください。',
      TooManyFailedAttemptsException: '誤ったコードの入力が多すぎます。数分待ってから、もう一度コードを入力してください。',
      UserLambdaValidationException: '入力された情報の一部を受け付けられなかったため、パスワードを変更できませんでした。',
      UserNotConfirmedException: 'アカウントの確認がまだ完了していません。登録時にお送りしたコードで確認してから、パスワードを再設定してください。',
      UserNotFoundException: 'このユーザー名のパスワードは再設定できませんでした。ユーザー名を確認して、もう一度お試しください。',
    },
  },

  local: {
    ValidationError: '入力内容を確認して、もう一度お試しください。',
    NetworkError: '接続できませんでした。インターネット接続を確認して、もう一度お試しください。',
    TimeoutError: '時間がかかりすぎています。インターネット接続を確認して、もう一度お試しください。',
    AbortError: '',
    SessionExpiredError: 'ログアウトされました。続けるには、もう一度ログインしてください。',
    UnknownError: '問題が発生しました。もう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください。',
  },

  validation: {
    code: {
      required: 'お送りしたコードを入力してください',
      tooLong: 'メッセージに記載されたコードだけを入力してください',
      pattern: 'メッセージに記載されたとおりにコードを入力してください',
      format: '「123456」のような正しい形式でコードを入力してください',
      incomplete: { other: 'コードを{length}桁すべて入力してください' },
    },
    username: {
      required: 'ユーザー名を入力してください',
      tooLong: 'ユーザー名は128文字以内で入力してください',
      pattern: 'ユーザー名にスペースは使えません',
      format: 'ユーザー名を正しい形式で入力してください',
    },
    password: {
      required: '新しいパスワードを入力してください',
      tooLong: 'パスワードは256文字以内で入力してください',
      pattern: 'パスワードの最初と最後にスペースは使えません',
      format: '一覧のすべての条件を満たすパスワードを設定してください',
    },
    attributeName: {
      required: '認証する項目を選んでください',
      tooLong: '属性名は32文字以内で入力してください',
      pattern: '属性名にスペースは使えません',
      format: '属性名を正しい形式で入力してください',
    },
    value: {
      required: '{attribute}を入力してください',
      tooLong: '{attribute}は2,048文字以内で入力してください',
      pattern: '{attribute}に使用できない文字が含まれています',
      format: '{attribute}を正しい形式で入力してください',
    },
    valueByAttribute: {
      email: {
        format: '「name@example.com」のような正しい形式でメールアドレスを入力してください',
      },
      phone_number: {
        pattern: '電話番号は「+15555550123」のように国番号から入力してください',
        format: '電話番号は「+15555550123」のように国番号から入力してください',
      },
    },
    configuration: {
      required:
        'このページに必要な設定情報が不足しています。しばらくしてからもう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください',
      tooLong:
        'このページから送信された設定情報が長すぎます。しばらくしてからもう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください',
      pattern:
        'このページから送信された設定情報は使用できません。しばらくしてからもう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください',
      format:
        'このページから送信された設定情報の形式が正しくありません。しばらくしてからもう一度お試しいただくか、問題が続く場合はサポートにお問い合わせください',
    },
    accessToken: {
      required: '続けるにはログインしてください',
    },
  },

  attributes: {
    email: { noun: 'メールアドレス', label: 'メールアドレス' },
    phone_number: { noun: '電話番号', label: '電話番号' },
    given_name: { noun: '名', label: '名' },
    family_name: { noun: '姓', label: '姓' },
    preferred_username: { noun: '希望するユーザー名', label: '希望するユーザー名' },
  },

  ui: {
    confirmationCodeLabel: '確認コード',
    verificationCodeLabel: '認証コード',
    confirm: '確認',
    verify: '認証',
    save: '保存',
    resendCode: 'コードを再送信',
    sendCode: 'コードを送信',
    resendCodeIn: '{time}後に再送信できます',
    codeSent: '{destination}にコードを送信しました。',
    codeSentByEmail: '{destination}にメールでコードを送信しました。',
    codeSentBySms: '{destination}にSMSでコードを送信しました。',
    codeSentNoDestination: 'コードを送信しました。',
    newCodeSent: '{destination}に新しいコードを送信しました。',
    resendAvailable: '新しいコードをリクエストできるようになりました。',
    confirmed: 'アカウントが確認されました。',
    alreadyConfirmed: 'アカウントはすでに確認済みです。ログインできます。',
    verified: '{attribute}が認証されました。',
    saved: '{attribute}を保存しました。',
    pendingTitle: '新しい{attribute}を認証してください',
    pendingBody: '{value}を認証するまでは、現在の{attribute}が引き続き有効です。',
    unverifiedTitle: '{attribute}が認証されていません',
    unverifiedBody: '{value}を使うには、先に認証が必要です。',
    cancelChange: '変更を取り消す',
    tryAgain: 'もう一度試す',
    signInAgain: 'もう一度ログイン',
    useThisAnyway: 'このアカウントで使う',
    useThisAnywayHint: 'もう一方のアカウントは、この{attribute}でログインできなくなります。',
    waitUntil: '{time}後にもう一度お試しください。',
    codeHint: { other: '{length}桁のコードを入力してください' },
    codeNotSentYet: 'まだコードを送信していません。コードをリクエストしてから、ここに入力してください。',
    loading: '{attribute}を読み込んでいます…',
    codeHintAnyLength: 'メッセージに記載されたコードを入力してください',
    submitting: '確認しています…',
    sending: '送信しています…',
    saving: '保存しています…',
    errorPrefix: 'エラー：',
    attributeFallback: 'メールアドレスまたは電話番号',
    usernameLabel: 'ユーザー名',
    resetPasswordHint: 'アカウントに登録されているメールアドレスまたは電話番号にコードをお送りします。',
    newPasswordLabel: '新しいパスワード',
    showPassword: 'パスワードを表示',
    hidePassword: 'パスワードを隠す',
    passwordRulesTitle: 'パスワードの条件',
    passwordMinLength: { other: '{count}文字以上' },
    passwordLowercase: '英小文字を含む',
    passwordUppercase: '英大文字を含む',
    passwordNumber: '数字を含む',
    passwordSymbol: '「!」や「@」などの記号を含む',
    ruleMet: '達成済み：',
    ruleNotMet: '未達成：',
    passwordRulesLeft: { other: '満たしていない条件があと{count}個あります' },
    passwordRulesAllMet: 'パスワードはすべての条件を満たしています。',
    resetPassword: 'パスワードを再設定',
    resettingPassword: '再設定しています…',
    passwordChanged: 'パスワードを変更しました。新しいパスワードでログインしてください。',
    signIn: 'ログイン',
    confirmAccount: 'アカウントを確認',
    useAnotherUsername: '別のユーザー名を使う',
  },
};
