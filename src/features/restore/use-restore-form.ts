/**
 * The restore form's state: react-hook-form with the schema of `restore-form.ts`, the draft kept
 * in the browser as it is typed, and the message template that follows the chosen reason.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { loadDraft, saveDraft } from '../../api/restore-draft';
import { isReasonFor, type OrderKind } from '../../domain/reasons';
import { mixedTemplate, reasonTemplate } from '../../i18n/words/dialog-reasons';
import {
  EMPTY_RESTORE_FORM,
  restoreFormSchema,
  type RestoreFormInput,
  type RestoreFormValues,
} from './restore-form';

export function useRestoreForm({
  needUnpaid,
  needPaid,
}: {
  needUnpaid: boolean;
  needPaid: boolean;
}) {
  const mixed = needUnpaid && needPaid;
  const schema = useMemo(() => restoreFormSchema(needUnpaid, needPaid), [needUnpaid, needPaid]);
  const [initial] = useState(() => loadDraft() ?? EMPTY_RESTORE_FORM);
  const form = useForm<RestoreFormInput, unknown, RestoreFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control });
  const [draftSaveFailed, setDraftSaveFailed] = useState(false);
  const lastTemplate = useRef<string | null>(null);
  /** The template not applied because the buyer had written their own message. */
  const [keptOwnMessage, setKeptOwnMessage] = useState<string | null>(null);

  // Everything typed is kept (synchronously, so even an immediate reload keeps it) until sent.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: draft }) => {
        const saved = saveDraft({
          message: draft.message ?? '',
          unpaidReason: draft.unpaidReason ?? '',
          paidReason: draft.paidReason ?? '',
        });
        setDraftSaveFailed(!saved);
      },
    });
  }, [form]);

  /** A reason was chosen: its template replaces the message, unless the buyer wrote their own. */
  const applyTemplate = (kind: OrderKind, reasonId: string) => {
    const template = mixed
      ? mixedTemplate()
      : isReasonFor(kind, reasonId)
        ? reasonTemplate(reasonId)
        : undefined;
    if (!template) return;
    const current = form.getValues('message');
    if (current.trim() === '' || current === lastTemplate.current) {
      form.setValue('message', template, {
        shouldValidate: form.formState.isSubmitted,
        shouldDirty: true,
      });
      lastTemplate.current = template;
      setKeptOwnMessage(null);
    } else if (current !== template) {
      setKeptOwnMessage(template);
    }
  };

  const takeSuggestedMessage = () => {
    if (keptOwnMessage === null) return;
    form.setValue('message', keptOwnMessage, { shouldDirty: true });
    lastTemplate.current = keptOwnMessage;
    setKeptOwnMessage(null);
  };

  return {
    form,
    mixed,
    message: values.message ?? '',
    draftSaveFailed,
    applyTemplate,
    keptOwnMessage,
    takeSuggestedMessage,
  };
}
