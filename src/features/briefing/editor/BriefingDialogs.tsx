import type { Dataset } from '../../../data/dataset'
import { useAppStore } from '../../../store'
import type { BriefingDialog } from '../../../store/briefing-slice'
import type { Catalogue } from '../runtime/catalogue'
import { AddStopView } from './AddStopView'
import { EditView } from './EditView'
import { ManagerView } from './ManagerView'
import { Modal } from './Modal'
import './editor.css'

/** The briefing dialogs, one at a time: the list of briefings, editing one, adding the current view. */
export default function BriefingDialogs({
  data,
  catalogue,
  dialog,
}: {
  data: Dataset
  catalogue: Catalogue
  dialog: NonNullable<BriefingDialog>
}) {
  const close = () => useAppStore.getState().setBriefingDialog(null)
  const saved = useAppStore((s) => s.savedBriefings)
  if (dialog.kind === 'add-stop')
    return (
      <Modal title="Add this view as a stop" onClose={close}>
        <AddStopView data={data} onDone={close} />
      </Modal>
    )
  const editing = dialog.kind === 'edit' ? saved.find((b) => b.id === dialog.briefingId) : undefined
  if (editing)
    return (
      <Modal key={editing.id} title={`Edit “${editing.title}”`} onClose={close}>
        <EditView briefing={editing} />
      </Modal>
    )
  return (
    <Modal title="Briefings" onClose={close}>
      <ManagerView catalogue={catalogue} />
    </Modal>
  )
}
